import { percentToBasisPoints } from "@/lib/domain/basis-points";
import { isLineProblem, parseLine } from "@/lib/domain/line-input";
import { documentTotals, lineAmount, type RateBreakdown } from "@/lib/domain/money";
import type { QuoteFormLine } from "@/lib/sales/quotes/find-quote-form";

export type PricedRow = { net: number | null; margin: number | null };

/**
 * Typed rows priced with the rules the server applies (lib/sales/quotes/build-revision.ts):
 * a row that does not parse yet, or has no VAT rate, shows no amount and is left out of the
 * totals. Margin = net − cost × quantity, when the cost is known.
 */
export function priceRows(rows: QuoteFormLine[], currencyCode: string, pricesIncludeTax: boolean): PricedRow[] {
  return rows.map((row, i) => {
    const exact = exactRow(row, i, currencyCode);
    if (!exact) return { net: null, margin: null };
    const net = documentTotals([exact], pricesIncludeTax).net;
    return { net, margin: row.unitCost === null ? null : net - lineAmount(row.unitCost, exact.quantity) };
  });
}

/** The totals of the rows that parse, with the VAT breakdown per rate. */
export function rowTotals(rows: QuoteFormLine[], currencyCode: string, pricesIncludeTax: boolean): { net: number; tax: number; gross: number; byRate: RateBreakdown[] } {
  const lines = rows.map((row, i) => exactRow(row, i, currencyCode)).filter((l) => l !== null);
  return documentTotals(lines, pricesIncludeTax);
}

function exactRow(row: QuoteFormLine, i: number, currencyCode: string) {
  const parsed = parseLine({ ...row, productId: row.productId || null }, i, currencyCode, row.productId ? { uomDecimals: row.uomDecimals, name: row.description } : null);
  const vatRateBp = row.vatRate === "" ? null : percentToBasisPoints(row.vatRate);
  if (isLineProblem(parsed) || vatRateBp === null) return null;
  return { unitPrice: parsed.unitPrice, quantity: parsed.quantity, discountBp: parsed.discountBp, vatRateBp };
}
