// How a receipt is spread over a customer's open invoices. Pure: the service passes the open
// invoices it read (and locked) inside its transaction and checks the result again there.

export type OpenInvoice = { id: string; dueDate: string; issueDate: string; number: string; open: number };
export type AllocationLine = { invoiceId: string; amount: number };

/** Oldest due first (then oldest issued, then number), so the default pays what is most overdue. */
export function oldestFirst<T extends Pick<OpenInvoice, "dueDate" | "issueDate" | "number">>(invoices: readonly T[]): T[] {
  return [...invoices].sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.issueDate.localeCompare(b.issueDate) || a.number.localeCompare(b.number));
}

/**
 * The default allocation: `amount` applied to the invoices oldest first, each up to its open
 * amount. Whatever is left stays unapplied (a prepayment / credit balance).
 */
export function allocateOldestFirst(amount: number, invoices: readonly OpenInvoice[]): { lines: AllocationLine[]; unapplied: number } {
  if (!Number.isSafeInteger(amount) || amount < 0) throw new RangeError(`amount must be a non-negative integer of minor units: ${amount}`);
  let left = amount;
  const lines: AllocationLine[] = [];
  for (const inv of oldestFirst(invoices)) {
    if (left === 0) break;
    if (inv.open <= 0) continue;
    const take = Math.min(left, inv.open);
    lines.push({ invoiceId: inv.id, amount: take });
    left -= take;
  }
  return { lines, unapplied: left };
}

export type AllocationProblem =
  | { kind: "notPositive"; invoiceId: string }
  | { kind: "duplicate"; invoiceId: string }
  | { kind: "unknownInvoice"; invoiceId: string }
  | { kind: "exceedsOpen"; invoiceId: string; open: number; amount: number }
  | { kind: "exceedsAmount"; total: number; amount: number };

/**
 * Checks an edited allocation against the open invoices and the money available. Zero lines are
 * dropped by the caller (a cleared grid cell means "not this invoice"); the first problem found
 * is returned, or null when the allocation is valid.
 */
export function checkAllocation(available: number, lines: readonly AllocationLine[], invoices: readonly Pick<OpenInvoice, "id" | "open">[]): AllocationProblem | null {
  const openBy = new Map(invoices.map((i) => [i.id, i.open]));
  const seen = new Set<string>();
  let total = 0;
  for (const line of lines) {
    if (!Number.isSafeInteger(line.amount) || line.amount <= 0) return { kind: "notPositive", invoiceId: line.invoiceId };
    if (seen.has(line.invoiceId)) return { kind: "duplicate", invoiceId: line.invoiceId };
    seen.add(line.invoiceId);
    const open = openBy.get(line.invoiceId);
    if (open === undefined) return { kind: "unknownInvoice", invoiceId: line.invoiceId };
    if (line.amount > open) return { kind: "exceedsOpen", invoiceId: line.invoiceId, open, amount: line.amount };
    total += line.amount;
  }
  if (total > available) return { kind: "exceedsAmount", total, amount: available };
  return null;
}
