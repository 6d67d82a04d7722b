import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/sqlite/client";
import { accountDocumentWhere, salesScope } from "@/lib/sales/sales-scope";
import { pageWindow } from "@/lib/table/params";
import { deliveriesOrderBy, deliveriesWhere, type DeliveriesParams } from "./deliveries-table";

const SELECT = {
  id: true,
  number: true,
  status: true,
  deliveryDate: true,
  receivedDate: true,
  receiptFile: true,
  carrier: true,
  trackingNumber: true,
  warehouseId: true,
  account: { select: { id: true, name: true } },
  lines: { select: { quantity: true, orderLine: { select: { order: { select: { id: true, number: true } } } } } },
} satisfies Prisma.DeliverySelect;

export type DeliveryListRow = {
  id: string;
  number: string;
  status: string;
  deliveryDate: string;
  account: { id: string; name: string };
  orders: { id: string; number: string }[];
  lines: number;
  received: boolean;
  receivedDate: string | null;
  carrier: string;
  trackingNumber: string;
};

type Raw = Prisma.DeliveryGetPayload<{ select: typeof SELECT }>;

function toRow(d: Raw): DeliveryListRow {
  const orders = new Map<string, string>();
  for (const l of d.lines) orders.set(l.orderLine.order.id, l.orderLine.order.number ?? "");
  return {
    id: d.id,
    number: d.number,
    status: d.status,
    deliveryDate: d.deliveryDate,
    account: d.account,
    orders: [...orders].map(([id, number]) => ({ id, number })),
    lines: d.lines.length,
    received: d.receivedDate !== null,
    receivedDate: d.receivedDate,
    carrier: d.carrier,
    trackingNumber: d.trackingNumber,
  };
}

async function scopedWhere(actor: Actor, params: DeliveriesParams): Promise<Prisma.DeliveryWhereInput> {
  const scope = await salesScope(actor);
  return { AND: [accountDocumentWhere(scope), deliveriesWhere(params)] };
}

/** One page of the deliveries the actor may see (their customers'; all for warehouse and finance). */
export async function findDeliveries({ actor, params }: { actor: Actor; params: DeliveriesParams }): Promise<{ rows: DeliveryListRow[]; total: number; page: number }> {
  const where = await scopedWhere(actor, params);
  const total = await db.delivery.count({ where });
  const { page, skip, take } = pageWindow(params, total);
  const rows = await db.delivery.findMany({ where, orderBy: deliveriesOrderBy(params), skip, take, select: SELECT });
  return { rows: rows.map(toRow), total, page };
}

/** Keyset batches for the CSV export. */
export async function findDeliveriesBatch({ actor, params, cursor, take }: { actor: Actor; params: DeliveriesParams; cursor: string | null; take: number }): Promise<DeliveryListRow[]> {
  const where = await scopedWhere(actor, params);
  const rows = await db.delivery.findMany({ where: cursor ? { AND: [where, { id: { gt: cursor } }] } : where, orderBy: { id: "asc" }, take, select: SELECT });
  return rows.map(toRow);
}
