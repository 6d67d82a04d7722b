// Receivables aging: how long each open amount is past its due date. Pure; the services pass
// open items they read from invoices, credit notes and payments.

export const AGING_BUCKETS = ["current", "d1to30", "d31to60", "d61to90", "over90"] as const;
export type AgingBucket = (typeof AGING_BUCKETS)[number];
export type AgingTotals = Record<AgingBucket, number> & { total: number };

const DAY_MS = 86_400_000;

function dayNumber(day: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) throw new RangeError(`not a day (YYYY-MM-DD): "${day}"`);
  return Date.UTC(+m[1], +m[2] - 1, +m[3]) / DAY_MS;
}

/** Whole days `asOf` is after `dueDate` (0 or negative = not yet due). */
export function daysPastDue(dueDate: string, asOf: string): number {
  return dayNumber(asOf) - dayNumber(dueDate);
}

/** current = not yet past due (due today counts as current), then 1–30, 31–60, 61–90, 90+. */
export function agingBucket(dueDate: string, asOf: string): AgingBucket {
  const days = daysPastDue(dueDate, asOf);
  if (days <= 0) return "current";
  if (days <= 30) return "d1to30";
  if (days <= 60) return "d31to60";
  if (days <= 90) return "d61to90";
  return "over90";
}

export function emptyAging(): AgingTotals {
  return { current: 0, d1to30: 0, d31to60: 0, d61to90: 0, over90: 0, total: 0 };
}

/**
 * Sums open items into buckets. Credits (negative items: unapplied payments, credit-note
 * remainders) have no due date of their own and are counted as current, so the total always
 * equals the customer's balance.
 */
export function ageItems(items: readonly { dueDate: string; amount: number }[], asOf: string): AgingTotals {
  const out = emptyAging();
  for (const item of items) {
    const bucket = item.amount < 0 || !item.dueDate ? "current" : agingBucket(item.dueDate, asOf);
    out[bucket] += item.amount;
    out.total += item.amount;
  }
  return out;
}

/** Adds one customer's aging to a running total. */
export function addAging(into: AgingTotals, add: AgingTotals): AgingTotals {
  for (const b of AGING_BUCKETS) into[b] += add[b];
  into.total += add.total;
  return into;
}
