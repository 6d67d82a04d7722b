import { ageItems, type AgingTotals } from "@/lib/domain/aging";
import { sumMoney } from "@/lib/domain/money";

// A customer statement's arithmetic, pure: each entry with the running balance from the
// opening balance, and the aging of what is open at the end of the period. The aging adds up
// to the closing balance: unapplied credits (payments not yet applied, credit-note remainders)
// are one negative item, counted as current.

export type StatementEntry = { entryDate: string; kind: string; number: string; dueDate: string; amount: number };
export type StatementRow = StatementEntry & { debit: number; credit: number; balance: number };

export function statementRows(opening: number, entries: readonly StatementEntry[]): { rows: StatementRow[]; closing: number } {
  let balance = opening;
  const rows = entries.map((e) => {
    balance = sumMoney([balance, e.amount]);
    return { ...e, debit: e.amount > 0 ? e.amount : 0, credit: e.amount < 0 ? -e.amount : 0, balance };
  });
  return { rows, closing: balance };
}

/** Aging at `asOf` of invoices still open then, with the rest of the balance as credits. */
export function statementAging(closing: number, openInvoices: readonly { dueDate: string; open: number }[], asOf: string): AgingTotals {
  const invoices = openInvoices.filter((i) => i.open !== 0).map((i) => ({ dueDate: i.dueDate, amount: i.open }));
  const credits = closing - sumMoney(invoices.map((i) => i.amount));
  return ageItems(credits === 0 ? invoices : [...invoices, { dueDate: "", amount: credits }], asOf);
}
