import { describe, expect, it } from "vitest";
import { priceLine } from "@/lib/domain/money";
import { creditableQuantity, creditLineAmounts } from "./credit-note-lines";
import { splitBase } from "./invoice-base";
import { addDays, daysBetween } from "./invoice-dates";

describe("credit note line amounts", () => {
  const original = { quantity: 3000, unitPrice: 333, discountBp: 1000, ...priceLine({ unitPrice: 333, quantity: 3000, discountBp: 1000, vatRateBp: 1300 }, false) };
  const none = { quantity: 0, net: 0, tax: 0, gross: 0 };

  it("prices a partial credit like a line and lets the last credit take exactly what is left", () => {
    const first = creditLineAmounts({ ...original, credited: none }, 1000, false)!;
    expect(first).toEqual({ net: 300, tax: 39, gross: 339 });
    const second = creditLineAmounts({ ...original, credited: { quantity: 1000, ...first } }, 1000, false)!;
    const last = creditLineAmounts({ ...original, credited: { quantity: 2000, net: first.net + second.net, tax: first.tax + second.tax, gross: first.gross + second.gross } }, 1000, false)!;
    expect(first.net + second.net + last.net).toBe(original.net);
    expect(first.gross + second.gross + last.gross).toBe(original.gross);
  });

  it("refuses zero, negative and more than is left", () => {
    expect(creditLineAmounts({ ...original, credited: none }, 0, false)).toBeNull();
    expect(creditLineAmounts({ ...original, credited: none }, -1, false)).toBeNull();
    expect(creditLineAmounts({ ...original, credited: { quantity: 2500, net: 0, tax: 0, gross: 0 } }, 501, false)).toBeNull();
    expect(creditableQuantity({ quantity: 3000, credited: { quantity: 2500, net: 0, tax: 0, gross: 0 } })).toBe(500);
  });
});

describe("base split", () => {
  it("line shares add up to the document's base totals exactly", () => {
    const lines = [
      { net: 1001, tax: 130, gross: 1131 },
      { net: 1, tax: 0, gross: 1 },
      { net: 3333, tax: 200, gross: 3533 },
    ];
    const split = splitBase(lines, 33_333, 2_350);
    expect(split.reduce((s, l) => s + l.netBase + l.taxBase, 0)).toBe(33_333);
    expect(split.reduce((s, l) => s + l.taxBase, 0)).toBe(2_350);
    expect(split[1].taxBase).toBe(0);
  });

  it("handles zero-value documents", () => {
    expect(splitBase([{ net: 0, tax: 0, gross: 0 }], 0, 0)).toEqual([{ netBase: 0, taxBase: 0 }]);
    expect(splitBase([], 0, 0)).toEqual([]);
  });
});

describe("due dates", () => {
  it("adds payment terms across month and year ends", () => {
    expect(addDays("2026-06-15", 30)).toBe("2026-07-15");
    expect(addDays("2026-12-20", 15)).toBe("2027-01-04");
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(daysBetween("2026-06-15", "2026-07-15")).toBe(30);
    expect(() => addDays("nope", 1)).toThrow();
  });
});
