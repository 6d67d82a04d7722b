import { sumMoney } from "@/lib/domain/money";

// A customer statement's running balance, pure: each entry with the balance after it, from the
// opening balance, debits and credits apart.

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
