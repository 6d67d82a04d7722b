import { describe, expect, it } from "vitest";
import type { QuoteFormLine } from "@/lib/sales/quotes/find-quote-form";
import { priceRows, rowTotals } from "./price-rows";

const row = (changes: Partial<QuoteFormLine> = {}): QuoteFormLine => ({ productId: "", sku: "", description: "Line", quantity: "1", unitPrice: "10.00", discount: "", vatRate: "13", uomDecimals: true, unitCost: null, ...changes });

describe("quote editor pricing", () => {
  it("prices rows as the server does and leaves out rows that do not parse yet", () => {
    const rows = [row({ quantity: "3", unitPrice: "0.333", discount: "10" }), row({ unitPrice: "" }), row({ vatRate: "" }), row({ unitPrice: "100", vatRate: "6", unitCost: 6000 })];
    expect(priceRows(rows, "CNY", false)).toEqual([
      { net: null, margin: null }, // three decimals are not a CNY price
      { net: null, margin: null },
      { net: null, margin: null }, // no VAT rate yet
      { net: 10000, margin: 4000 },
    ]);
    const fixed = [row({ quantity: "3", unitPrice: "0.33", discount: "10" }), row({ unitPrice: "100", vatRate: "6" })];
    // 3 × 0.33 × 0.9 = 0.891 → 0.89, rounded once per line.
    expect(priceRows(fixed, "CNY", false)[0].net).toBe(89);
    expect(rowTotals(fixed, "CNY", false)).toMatchObject({ net: 10089, tax: 12 + 600, gross: 10701, byRate: [{ vatRateBp: 1300, net: 89, tax: 12 }, { vatRateBp: 600, net: 10000, tax: 600 }] });
  });

  it("splits tax out of tax-inclusive prices", () => {
    expect(rowTotals([row({ unitPrice: "113.00" })], "CNY", true)).toMatchObject({ net: 10000, tax: 1300, gross: 11300 });
  });
});
