// Which part of a return must be credited, and against which invoice lines. Pure: unit tested.
// Quantities are thousandths.

export type DeliveryLineLedger = { quantity: number; returnedBefore: number; invoicedQty: number; creditedQty: number };

/**
 * A delivery line's returned quantity is first taken from the part never invoiced
 * (delivered − returned before − net invoiced); only the rest was billed and needs a credit note.
 */
export function splitReturn(line: DeliveryLineLedger, returning: number): { fromUninvoiced: number; toCredit: number } {
  const uninvoiced = Math.max(0, line.quantity - line.returnedBefore - (line.invoicedQty - line.creditedQty));
  const fromUninvoiced = Math.min(returning, uninvoiced);
  return { fromUninvoiced, toCredit: returning - fromUninvoiced };
}

export type CreditSource = { invoiceId: string; invoiceLineId: string; open: number };
export type CreditPlan = { invoiceId: string; lines: { originalLineId: string; quantity: number }[] }[];

/**
 * Spreads quantities to credit over invoice lines (in the order given: oldest invoice first),
 * each up to what it still has open (invoiced − already credited), grouped per invoice: one
 * credit note per original invoice. Throws when the sources cannot cover the quantity — the
 * ledgers would disagree, which is a bug, never a user error.
 */
export function planCredit(needs: { key: string; quantity: number; sources: CreditSource[] }[]): CreditPlan {
  const plan = new Map<string, Map<string, number>>();
  for (const need of needs) {
    let left = need.quantity;
    for (const s of need.sources) {
      if (left <= 0) break;
      const take = Math.min(left, s.open);
      if (take <= 0) continue;
      const lines = plan.get(s.invoiceId) ?? new Map<string, number>();
      lines.set(s.invoiceLineId, (lines.get(s.invoiceLineId) ?? 0) + take);
      plan.set(s.invoiceId, lines);
      left -= take;
    }
    if (left > 0) throw new Error(`no invoice line left to credit ${left} of ${need.key}`);
  }
  return [...plan].map(([invoiceId, lines]) => ({ invoiceId, lines: [...lines].map(([originalLineId, quantity]) => ({ originalLineId, quantity })) }));
}
