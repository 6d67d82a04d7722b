import { describe, expect, it } from "vitest";
import { applyDiscount, DiscountError, needsApproval } from "./discount";

describe("applyDiscount: percent", () => {
  it("10 % off 3 × 99.99: the discounted line is rounded once, the discount is the difference", () => {
    const d = applyDiscount({ unitPrice: 9999, qty: 3000, discount: { kind: "percent", bp: 1000 } });
    // base 299.97; exact discounted 269.973 → 269.97; discount 30.00
    expect(d).toMatchObject({ baseAmount: 29997, amount: 26997, discountAmount: 3000, effectiveBp: 1000 });
    expect(d.amount + d.discountAmount).toBe(d.baseAmount);
  });

  it("decimal quantities: 12.5 % off 0.333 kg at 10.00", () => {
    const d = applyDiscount({ unitPrice: 1000, qty: 333, discount: { kind: "percent", bp: 1250 } });
    // base 3.33; exact discounted 2.91375 → 2.91; discount 0.42
    expect(d).toMatchObject({ baseAmount: 333, amount: 291, discountAmount: 42 });
  });

  it("0 % and 100 %", () => {
    expect(applyDiscount({ unitPrice: 500, qty: 2000, discount: { kind: "percent", bp: 0 } })).toMatchObject({ discountAmount: 0, amount: 1000 });
    expect(applyDiscount({ unitPrice: 500, qty: 2000, discount: { kind: "percent", bp: 10_000 } })).toMatchObject({ discountAmount: 1000, amount: 0, effectiveBp: 10_000 });
  });

  it("refuses percentages outside 0–100 % and fractional basis points", () => {
    expect(() => applyDiscount({ unitPrice: 500, qty: 1000, discount: { kind: "percent", bp: 10_001 } })).toThrow(DiscountError);
    expect(() => applyDiscount({ unitPrice: 500, qty: 1000, discount: { kind: "percent", bp: -1 } })).toThrow(DiscountError);
    expect(() => applyDiscount({ unitPrice: 500, qty: 1000, discount: { kind: "percent", bp: 12.5 } })).toThrow(TypeError);
  });
});

describe("applyDiscount: amount", () => {
  it("15.00 off 200.00 is 7.5 % exactly", () => {
    expect(applyDiscount({ unitPrice: 10000, qty: 2000, discount: { kind: "amount", amount: 1500 } })).toMatchObject({
      baseAmount: 20000,
      discountAmount: 1500,
      amount: 18500,
      effectiveBp: 750,
    });
  });

  it("effective basis points are rounded half-up for display: 1.00 off 3.00 → 33.33 %", () => {
    expect(applyDiscount({ unitPrice: 300, qty: 1000, discount: { kind: "amount", amount: 100 } }).effectiveBp).toBe(3333);
    expect(applyDiscount({ unitPrice: 300, qty: 1000, discount: { kind: "amount", amount: 200 } }).effectiveBp).toBe(6667);
  });

  it("the whole line may be given away, not more, and never a negative discount", () => {
    expect(applyDiscount({ unitPrice: 300, qty: 1000, discount: { kind: "amount", amount: 300 } })).toMatchObject({ amount: 0, effectiveBp: 10_000 });
    expect(() => applyDiscount({ unitPrice: 300, qty: 1000, discount: { kind: "amount", amount: 301 } })).toThrow(DiscountError);
    expect(() => applyDiscount({ unitPrice: 300, qty: 1000, discount: { kind: "amount", amount: -1 } })).toThrow(DiscountError);
  });

  it("a zero line takes only a zero discount, at 0 %", () => {
    expect(applyDiscount({ unitPrice: 0, qty: 1000, discount: { kind: "amount", amount: 0 } })).toMatchObject({ amount: 0, effectiveBp: 0 });
    expect(() => applyDiscount({ unitPrice: 0, qty: 1000, discount: { kind: "amount", amount: 1 } })).toThrow(DiscountError);
  });

  it("a return line (negative quantity) carries the discount with its sign", () => {
    const d = applyDiscount({ unitPrice: 10000, qty: -2000, discount: { kind: "amount", amount: 1500 } });
    expect(d).toMatchObject({ baseAmount: -20000, discountAmount: -1500, amount: -18500, effectiveBp: 750 });
  });
});

describe("needsApproval", () => {
  const pct = (bp: number) => applyDiscount({ unitPrice: 10000, qty: 1000, discount: { kind: "percent", bp } });
  const amt = (amount: number, unitPrice = 10000) => applyDiscount({ unitPrice, qty: 1000, discount: { kind: "amount", amount } });

  it("percent: at the limit is fine, one basis point above needs approval", () => {
    expect(needsApproval(1000, pct(1000))).toBe(false);
    expect(needsApproval(1000, pct(1001))).toBe(true);
    expect(needsApproval(0, pct(0))).toBe(false);
    expect(needsApproval(0, pct(1))).toBe(true);
    expect(needsApproval(10_000, pct(10_000))).toBe(false);
  });

  it("amount: compared exactly, not through the rounded percentage", () => {
    // 10.00 off 100.00 is exactly 10 %.
    expect(needsApproval(1000, amt(1000))).toBe(false);
    expect(needsApproval(1000, amt(1001))).toBe(true);
    // 1.00 off 3.00 shows as 33.33 % but is 33.333… %: above a 33.33 % limit.
    const third = amt(100, 300);
    expect(third.effectiveBp).toBe(3333);
    expect(needsApproval(3333, third)).toBe(true);
    expect(needsApproval(3334, third)).toBe(false);
  });

  it("a zero discount never needs approval, whatever the limit", () => {
    expect(needsApproval(0, amt(0))).toBe(false);
    expect(needsApproval(0, amt(0, 0))).toBe(false);
  });

  it("return lines compare by magnitude", () => {
    const ret = applyDiscount({ unitPrice: 10000, qty: -1000, discount: { kind: "amount", amount: 1500 } });
    expect(needsApproval(1000, ret)).toBe(true);
    expect(needsApproval(1500, ret)).toBe(false);
  });
});
