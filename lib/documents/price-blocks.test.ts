import { describe, expect, it } from "vitest";
import { documentTotals } from "@/lib/domain/money";
import { documentFormat, documentsTranslator, pdfFileName } from "./document-text";
import { priceTable, totalsBlocks } from "./price-blocks";

const t = documentsTranslator("zh-CN");
const f = documentFormat("zh-CN");
const ctx = { currency: "CNY", pricesIncludeTax: false, t, f };

function lines(input: { unitPrice: number; quantity: number; vatRateBp: number; discountBp?: number }[]) {
  const totals = documentTotals(input, false);
  return input.map((l, i) => ({ description: `行 ${i + 1}`, uom: "EA", discountBp: 0, ...l, net: totals.lines[i].net, tax: totals.lines[i].tax, gross: totals.lines[i].gross }));
}

describe("totalsBlocks", () => {
  it("shows the subtotal, one VAT line per rate (highest first) and the total, adding up like documentTotals", () => {
    const ls = lines([
      { unitPrice: 333, quantity: 3000, vatRateBp: 600 },
      { unitPrice: 12_345, quantity: 1500, vatRateBp: 1300, discountBp: 500 },
      { unitPrice: 1, quantity: 333, vatRateBp: 1300 },
    ]);
    const expected = documentTotals(ls, false);
    const [totals, breakdown] = totalsBlocks(ls, ctx);
    expect(totals).toEqual({
      kind: "totals",
      rows: [
        { label: "合计（不含税）", value: f.money(expected.net, "CNY") },
        { label: "增值税 13%", value: f.money(expected.byRate[0].tax, "CNY") },
        { label: "增值税 6%", value: f.money(expected.byRate[1].tax, "CNY") },
        { label: "价税合计", value: f.money(expected.gross, "CNY"), strong: true },
      ],
    });
    expect(breakdown).toMatchObject({ kind: "table", heading: "按税率汇总" });
  });

  it("adds the base-currency total only for a foreign currency, and no breakdown table for one rate", () => {
    const ls = lines([{ unitPrice: 10_000, quantity: 1000, vatRateBp: 1300 }]);
    expect(totalsBlocks(ls, ctx, { currency: "CNY", amount: 11_300, rate: "1" })).toHaveLength(1);
    const [usd] = totalsBlocks(ls, { ...ctx, currency: "USD" }, { currency: "CNY", amount: 80_432, rate: "7.1178" });
    expect(usd.kind === "totals" && usd.rows.at(-1)).toEqual({ label: "折合 CNY（汇率 7.1178）", value: f.money(80_432, "CNY") });
  });
});

describe("priceTable", () => {
  it("prints exact amounts, quantities and percentages, and the SKU under the description", () => {
    const [row] = priceTable([{ ...lines([{ unitPrice: 123_456, quantity: 2500, vatRateBp: 900, discountBp: 1250 }])[0], sku: "SKU-1" }], ctx).rows;
    expect(row).toEqual(["1", { text: "行 1", note: "SKU-1" }, "2.5", "EA", "1,234.56", "12.5%", "9%", f.amount(270_060, "CNY")]);
  });

  it("labels gross prices when the price list includes tax", () => {
    const table = priceTable([], { ...ctx, pricesIncludeTax: true });
    expect(table.columns.map((c) => c.label)).toContain("含税单价");
    expect(table.columns.map((c) => c.label)).toContain("金额（含税）");
  });
});

describe("pdfFileName", () => {
  it("keeps document numbers and drops anything a header or a disk would choke on", () => {
    expect(pdfFileName("Q-2026-00001-R2")).toBe("Q-2026-00001-R2.pdf");
    expect(pdfFileName(`../报价"单\r\n`)).toBe("document.pdf");
  });
});
