import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { toMinor } from "@/lib/domain/money";
import { pageWindow } from "@/lib/table/params";
import { accountDocumentWhere, salesScope } from "../sales-scope";
import { paymentsOrderBy, paymentsWhere, type PaymentsParams } from "./payments-table";

const SELECT = {
  id: true,
  number: true,
  kind: true,
  paymentDate: true,
  amount: true,
  currencyCode: true,
  amountBase: true,
  method: true,
  reference: true,
  account: { select: { id: true, name: true } },
  _count: { select: { allocations: true } },
} as const;

type Raw = Awaited<ReturnType<typeof db.payment.findMany<{ select: typeof SELECT }>>>[number];
const shape = (p: Raw) => ({ ...p, amount: toMinor(p.amount), amountBase: toMinor(p.amountBase), allocationCount: p._count.allocations });

/** One page of the payments (receipts, prepayments, cash sales, refunds) of customers in scope. */
export async function findPayments({ actor, params }: { actor: Actor; params: PaymentsParams }) {
  const scope = await salesScope(actor);
  const where = { AND: [accountDocumentWhere(scope), paymentsWhere(params)] };
  const total = await db.payment.count({ where });
  const { page, skip, take } = pageWindow(params, total);
  const rows = await db.payment.findMany({ where, orderBy: paymentsOrderBy(params), skip, take, select: SELECT });
  return { rows: rows.map(shape), total, page };
}

export type PaymentListRow = Awaited<ReturnType<typeof findPayments>>["rows"][number];

/** The same filter and scope for the CSV export, in id-ordered keyset batches. */
export async function findPaymentsBatch({ actor, params, cursor, take }: { actor: Actor; params: PaymentsParams; cursor: string | null; take: number }) {
  const scope = await salesScope(actor);
  const and = [accountDocumentWhere(scope), paymentsWhere(params), ...(cursor ? [{ id: { gt: cursor } }] : [])];
  return (await db.payment.findMany({ where: { AND: and }, orderBy: { id: "asc" }, take, select: SELECT })).map(shape);
}

/** Customers that have payments, for the account filter (bounded). */
export async function findPaymentAccounts({ actor }: { actor: Actor }) {
  const scope = await salesScope(actor);
  return db.account.findMany({ where: { ...accountDocumentWhere(scope).account, payments: { some: {} } }, select: { id: true, name: true }, orderBy: { name: "asc" }, take: 500 });
}
