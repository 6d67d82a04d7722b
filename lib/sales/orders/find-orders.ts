import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { toMinor } from "@/lib/domain/money";
import { ownedDocumentWhere, salesScope } from "@/lib/sales/sales-scope";
import { pageWindow } from "@/lib/table/params";
import { storedPhase } from "./order-phase";
import { ordersOrderBy, ordersWhere, type OrdersParams } from "./orders-table";

const SELECT = {
  id: true,
  number: true,
  orderDate: true,
  status: true,
  creditHold: true,
  deliveryStatus: true,
  invoiceStatus: true,
  total: true,
  totalBase: true,
  currencyCode: true,
  customerReference: true,
  createdAt: true,
  account: { select: { id: true, name: true } },
  owner: { select: { id: true, name: true } },
} as const;

type Raw = { total: bigint; totalBase: bigint; status: string; creditHold: boolean; deliveryStatus: string; invoiceStatus: string };

// Plain numbers for the browser (money fits 2^53 here) and the phase worked out once.
function toRow<T extends Raw>(o: T): Omit<T, "total" | "totalBase"> & { total: number; totalBase: number; phase: ReturnType<typeof storedPhase> } {
  return { ...o, total: toMinor(o.total), totalBase: toMinor(o.totalBase), phase: storedPhase(o) };
}

/** One page of the orders the actor may see. */
export async function findOrders({ actor, params }: { actor: Actor; params: OrdersParams }) {
  const scope = await salesScope(actor);
  const where = { AND: [ownedDocumentWhere(scope), ordersWhere(params)] };
  const total = await db.salesOrder.count({ where });
  const { page, skip, take } = pageWindow(params, total);
  const rows = await db.salesOrder.findMany({ where, orderBy: ordersOrderBy(params), skip, take, select: SELECT });
  return { rows: rows.map(toRow), total, page };
}

export type OrderListRow = Awaited<ReturnType<typeof findOrders>>["rows"][number];

/** The same filter and scope for the CSV export, in id-ordered keyset batches. */
export async function findOrdersBatch({ actor, params, cursor, take }: { actor: Actor; params: OrdersParams; cursor: string | null; take: number }) {
  const scope = await salesScope(actor);
  const and = [ownedDocumentWhere(scope), ordersWhere(params), ...(cursor ? [{ id: { gt: cursor } }] : [])];
  const rows = await db.salesOrder.findMany({ where: { AND: and }, orderBy: { id: "asc" }, take, select: SELECT });
  return rows.map(toRow);
}

/** Owners appearing on the actor's orders, for the filter. */
export async function findOrderOwners({ actor }: { actor: Actor }) {
  const scope = await salesScope(actor);
  return db.user.findMany({ where: { ownedSalesOrders: { some: ownedDocumentWhere(scope) } }, select: { id: true, name: true }, orderBy: { name: "asc" } });
}
