import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { accountScopeWhere } from "@/lib/crm/crm-scope";
import { db } from "@/lib/db/client";
import { emptyAging, type AgingTotals } from "@/lib/domain/aging";
import { toMinor } from "@/lib/domain/money";
import { NotFoundError } from "@/lib/errors";
import { salesScope } from "../sales-scope";
import { agingByAccount } from "./open-items";

export type LedgerRow = {
  id: string;
  date: string;
  kind: "INVOICE" | "CREDIT_NOTE" | "PAYMENT" | "REFUND" | "ALLOCATION";
  number: string;
  /** Where the row links to: an invoice or a payment. */
  documentType: "invoice" | "payment";
  documentId: string;
  /** For allocations: the invoice the money was applied to. */
  appliedTo: string;
  dueDate: string;
  currencyCode: string;
  /** Signed, document currency (allocations: the amount applied, which moves no balance). */
  amount: number;
  /** Signed, base currency; 0 for allocations. */
  amountBase: number;
  /** Running balance in base currency after this row. */
  balance: number;
};

export type AccountLedger = {
  account: { id: string; code: string; name: string; taxId: string; billingAddress: string; owner: { name: string }; contacts: { email: string }[] };
  from: string;
  to: string;
  baseCurrency: string;
  opening: number;
  closing: number;
  rows: LedgerRow[];
  /** More than MAX_ROWS rows in the period: the list stops, the balances are still exact. */
  truncated: boolean;
  aging: AgingTotals;
};

const MAX_ROWS = 5000;

/**
 * A customer's receivables for a period: the balance before `from` (opening), every ledger entry
 * in the period — invoices, credit notes, payments, refunds — with the running balance in base
 * currency, the allocations made in the period (they move no balance but say what paid what),
 * the closing balance and the aging as of `to`. Visible to whoever may see the customer
 * (sales.read + the account in scope); anyone else gets "not found".
 */
export async function findAccountLedger({ actor, accountId, from, to, allocations = true }: { actor: Actor; accountId: string; from: string; to: string; allocations?: boolean }): Promise<AccountLedger> {
  const scope = await salesScope(actor);
  const account = await db.account.findFirst({
    where: { id: accountId, ...accountScopeWhere(scope) },
    select: {
      id: true,
      code: true,
      name: true,
      taxId: true,
      billingAddress: true,
      owner: { select: { name: true } },
      // Where the statement is emailed by default: the primary contact with an address.
      contacts: { where: { email: { not: "" } }, orderBy: [{ isPrimary: "desc" }, { name: "asc" }], take: 1, select: { email: true } },
    },
  });
  if (!account) throw new NotFoundError();
  const company = await db.company.findUnique({ where: { id: "company" }, select: { baseCurrency: true } });
  const before = await db.receivableEntry.aggregate({ where: { accountId, entryDate: { lt: from } }, _sum: { amountBase: true } });
  const opening = toMinor(before._sum.amountBase ?? 0n);

  const entries = await db.receivableEntry.findMany({
    where: { accountId, entryDate: { gte: from, lte: to } },
    orderBy: [{ entryDate: "asc" }, { createdAt: "asc" }, { id: "asc" }],
    take: MAX_ROWS,
  });
  const applied = allocations
    ? await db.allocation.findMany({
        where: { accountId, allocatedAt: { gte: from, lte: to } },
        select: { id: true, allocatedAt: true, amount: true, currencyCode: true, createdAt: true, invoice: { select: { id: true, number: true } }, payment: { select: { id: true, number: true } }, creditNote: { select: { id: true, number: true } } },
        orderBy: [{ allocatedAt: "asc" }, { createdAt: "asc" }],
        take: MAX_ROWS,
      })
    : [];

  type Sortable = Omit<LedgerRow, "balance"> & { at: number };
  const merged: Sortable[] = [
    ...entries.map((e) => ({
      id: e.id,
      date: e.entryDate,
      kind: e.kind as LedgerRow["kind"],
      number: e.number,
      documentType: e.documentType as LedgerRow["documentType"],
      documentId: e.documentId,
      appliedTo: "",
      dueDate: e.dueDate,
      currencyCode: e.currencyCode,
      amount: toMinor(e.amount),
      amountBase: toMinor(e.amountBase),
      at: e.createdAt.getTime(),
    })),
    ...applied.map((a) => ({
      id: a.id,
      date: a.allocatedAt,
      kind: "ALLOCATION" as const,
      number: a.payment?.number ?? a.creditNote?.number ?? "",
      documentType: a.payment ? ("payment" as const) : ("invoice" as const),
      documentId: a.payment?.id ?? a.creditNote?.id ?? "",
      appliedTo: a.invoice.number ?? "",
      dueDate: "",
      currencyCode: a.currencyCode,
      amount: toMinor(a.amount),
      amountBase: 0,
      // An allocation shows right after the document that brought the money in.
      at: a.createdAt.getTime() + 1,
    })),
  ];
  merged.sort((x, y) => x.date.localeCompare(y.date) || x.at - y.at || x.id.localeCompare(y.id));
  let balance = opening;
  const rows = merged.map(({ at: _at, ...r }) => {
    balance += r.amountBase;
    return { ...r, balance };
  });
  // The closing balance is summed by the database, so it is exact even when the list is cut.
  const upTo = await db.receivableEntry.aggregate({ where: { accountId, entryDate: { lte: to } }, _sum: { amountBase: true } });
  const aging = (await agingByAccount({ asOf: to, accountId })).get(accountId) ?? emptyAging();
  const truncated = entries.length === MAX_ROWS || applied.length === MAX_ROWS;
  return { account, from, to, baseCurrency: company?.baseCurrency ?? "CNY", opening, closing: toMinor(upTo._sum.amountBase ?? 0n), rows, truncated, aging };
}
