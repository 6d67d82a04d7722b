import { allocate } from "@/lib/domain/money";

// Base-currency amounts per line, pure. The document's totalBase is converted once (half-up);
// lines get their share by largest remainder so they add up to it exactly — the sales facts
// then equal the document and the receivables ledger to the fen, in base currency too.

export type BaseLineInput = { net: number; tax: number; gross: number };
export type BaseLine = { netBase: number; taxBase: number };

/** Splits `totalBase` over lines by gross, and `taxTotalBase` by tax; net = gross − tax per line. */
export function splitBase(lines: readonly BaseLineInput[], totalBase: number, taxTotalBase: number): BaseLine[] {
  if (lines.length === 0) return [];
  const grossWeights = lines.map((l) => Math.abs(l.gross));
  const taxWeights = lines.map((l) => Math.abs(l.tax));
  const anyGross = grossWeights.some((w) => w > 0);
  const anyTax = taxWeights.some((w) => w > 0);
  // A document of zero-value lines has nothing to split; give everything to the first line.
  const gross = anyGross ? allocate(totalBase, grossWeights) : lines.map((_, i) => (i === 0 ? totalBase : 0));
  const tax = anyTax ? allocate(taxTotalBase, taxWeights) : lines.map((_, i) => (i === 0 ? taxTotalBase : 0));
  return lines.map((_, i) => ({ netBase: gross[i] - tax[i], taxBase: tax[i] }));
}
