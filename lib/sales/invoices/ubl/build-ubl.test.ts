import { describe, expect, it } from "vitest";
import { netUnitPrice, percentText, taxBreakdown } from "./build-ubl";
import { escapeXml } from "./xml";

describe("UBL pieces", () => {
  it("writes rates as percentages without trailing zeros", () => {
    expect([1300, 650, 0, 1].map(percentText)).toEqual(["13", "6.5", "0", "0.01"]);
  });

  it("keeps the agreed price when exact, else net ÷ quantity", () => {
    expect(netUnitPrice({ unitPrice: 1999, discountBp: 0, net: 5997, quantity: 3000 }, false, "CNY")).toBe("19.99");
    expect(netUnitPrice({ unitPrice: 1000, discountBp: 500, net: 2375, quantity: 2500 }, false, "CNY")).toBe("9.5");
    // 3 at 3.33 less 10 %: 8.99 (8.991 rounded) → 2.996667 per unit.
    expect(netUnitPrice({ unitPrice: 333, discountBp: 1000, net: 899, quantity: 3000 }, false, "CNY")).toBe("2.996667");
    expect(netUnitPrice({ unitPrice: 113, discountBp: 0, net: 100, quantity: 1000 }, true, "CNY")).toBe("1");
  });

  it("groups the VAT breakdown by category and rate", () => {
    const line = { description: "", sku: null, uom: "EA", quantity: 1000, unitPrice: 0, discountBp: 0 };
    const b = taxBreakdown([
      { ...line, net: 100, tax: 13, vatRateBp: 1300, vatCategory: "S" },
      { ...line, net: 50, tax: 0, vatRateBp: 0, vatCategory: "E" },
      { ...line, net: 200, tax: 26, vatRateBp: 1300, vatCategory: "S" },
      { ...line, net: 70, tax: 0, vatRateBp: 0, vatCategory: "Z" },
    ]);
    expect(b).toEqual([
      { category: "S", rateBp: 1300, taxable: 300, tax: 39 },
      { category: "E", rateBp: 0, taxable: 50, tax: 0 },
      { category: "Z", rateBp: 0, taxable: 70, tax: 0 },
    ]);
  });

  it("escapes markup and drops characters XML cannot carry", () => {
    expect(escapeXml(`A & B <"x"> 'y'\u0001`)).toBe("A &amp; B &lt;&quot;x&quot;&gt; &apos;y&apos;");
  });
});
