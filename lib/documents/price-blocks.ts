import { basisPointsToPercent } from "@/lib/domain/basis-points";
import { sumMoney, toMinor } from "@/lib/domain/money";
import type { DocumentFormat, DocumentsT } from "./document-text";
import type { PrintAmount, PrintBlock, PrintTable } from "./pdf/printable";

// The priced part shared by quotes, order confirmations, invoices and credit notes: the line
// table and the totals with the VAT breakdown per rate. Pure: the figures come from the stored
// lines (each rounded once when it was priced), the totals are their sums.

export type PricedDocumentLine = {
  description: string;
  sku?: string | null;
  uom: string;
  quantity: number;
  unitPrice: number;
  discountBp: number;
  vatRateBp: number;
  net: bigint | number;
  tax: bigint | number;
  gross: bigint | number;
};

export type PriceContext = { currency: string; pricesIncludeTax: boolean; t: DocumentsT; f: DocumentFormat };

export function priceTable(lines: PricedDocumentLine[], { currency, pricesIncludeTax, t, f }: PriceContext): PrintTable {
  return {
    columns: [
      { label: t("columns.position"), weight: 4, align: "right" },
      { label: t("columns.description"), weight: 34 },
      { label: t("columns.quantity"), weight: 9, align: "right" },
      { label: t("columns.uom"), weight: 6 },
      { label: pricesIncludeTax ? t("columns.unitPriceGross") : t("columns.unitPrice"), weight: 12, align: "right" },
      { label: t("columns.discount"), weight: 7, align: "right" },
      { label: t("columns.vatRate"), weight: 6, align: "right" },
      { label: pricesIncludeTax ? t("columns.amountGross") : t("columns.amountNet"), weight: 14, align: "right" },
    ],
    rows: lines.map((l, i) => [
      String(i + 1),
      l.sku ? { text: l.description, note: l.sku } : l.description,
      f.quantity(l.quantity),
      l.uom,
      f.amount(l.unitPrice, currency),
      l.discountBp ? f.percent(l.discountBp) : "",
      f.percent(l.vatRateBp),
      f.amount(pricesIncludeTax ? l.gross : l.net, currency),
    ]),
  };
}

export type BaseTotal = { currency: string; amount: bigint | number; rate: string };

/** Subtotal, VAT per rate (highest first), total, the base-currency total when it differs; and a
 * breakdown table (taxable amount, VAT, gross per rate) when there is more than one rate. */
export function totalsBlocks(lines: PricedDocumentLine[], { currency, t, f }: PriceContext, base?: BaseTotal): PrintBlock[] {
  const rates = [...new Set(lines.map((l) => l.vatRateBp))].sort((a, b) => b - a);
  const byRate = rates.map((vatRateBp) => {
    const of = lines.filter((l) => l.vatRateBp === vatRateBp);
    const sum = (k: "net" | "tax" | "gross") => sumMoney(of.map((l) => toMinor(l[k])));
    return { vatRateBp, net: sum("net"), tax: sum("tax"), gross: sum("gross") };
  });
  const total = (k: "net" | "tax" | "gross") => sumMoney(byRate.map((r) => r[k]));
  const rows: PrintAmount[] = [
    { label: t("totals.subtotal"), value: f.money(total("net"), currency) },
    ...byRate.map((r) => ({ label: t("totals.vat", { rate: basisPointsToPercent(r.vatRateBp) }), value: f.money(r.tax, currency) })),
    { label: t("totals.total"), value: f.money(total("gross"), currency), strong: true },
  ];
  if (base && base.currency !== currency) rows.push({ label: t("totals.totalBase", { currency: base.currency, rate: base.rate }), value: f.money(base.amount, base.currency) });
  const blocks: PrintBlock[] = [{ kind: "totals", rows }];
  if (byRate.length > 1) {
    blocks.push({
      kind: "table",
      heading: t("totals.vatBreakdown"),
      table: {
        columns: [
          { label: t("columns.vatRate"), weight: 1 },
          { label: t("columns.taxableAmount"), weight: 2, align: "right" },
          { label: t("columns.taxAmount"), weight: 2, align: "right" },
          { label: t("columns.gross"), weight: 2, align: "right" },
        ],
        rows: byRate.map((r) => [f.percent(r.vatRateBp), f.amount(r.net, currency), f.amount(r.tax, currency), f.amount(r.gross, currency)]),
      },
    });
  }
  return blocks;
}

/** Notes, terms and the seller's bank details, each printed only when there is text. */
export function textBlocks(t: DocumentsT, texts: { notes?: string; terms?: string; bank?: string }): PrintBlock[] {
  const blocks: PrintBlock[] = [];
  if (texts.notes?.trim()) blocks.push({ kind: "text", heading: t("sections.notes"), text: texts.notes });
  if (texts.terms?.trim()) blocks.push({ kind: "text", heading: t("sections.terms"), text: texts.terms });
  if (texts.bank?.trim()) blocks.push({ kind: "text", heading: t("sections.bank"), text: texts.bank });
  return blocks;
}
