import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { ownedDocumentWhere, salesScope } from "@/lib/sales/sales-scope";

export const ORDER_EVENTS = ["create", "confirm", "credit_hold", "credit_release", "credit_recheck_release", "cancel"] as const;

/**
 * One order the actor may see, with its lines (the quantity ledger), the change history newest
 * first, and the names of the people on it. Another rep's order is "not found".
 */
export async function findOrder({ actor, id }: { actor: Actor; id: string }) {
  const scope = await salesScope(actor);
  const order = await db.salesOrder.findFirst({
    where: { AND: [{ id }, ownedDocumentWhere(scope)] },
    include: {
      account: { select: { id: true, name: true, code: true, creditLimit: true, creditCheckAt: true, creditAction: true, prepaymentBp: true } },
      owner: { select: { id: true, name: true } },
      quote: { select: { id: true, number: true } },
      lines: { orderBy: { position: "asc" }, include: { product: { select: { sku: true } } } },
      changes: { orderBy: { version: "desc" } },
    },
  });
  if (!order) throw new NotFoundError();
  // The order's own audit trail (confirm, holds, releases, cancel) for its history.
  const events = await db.auditEntry.findMany({
    where: { entityType: "SalesOrder", entityId: order.id, action: { in: [...ORDER_EVENTS] } },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: 100,
    select: { id: true, at: true, action: true, actorId: true, after: true },
  });
  const userIds = [...new Set([order.creditReleasedById, order.confirmedById, ...order.changes.map((c) => c.changedById), ...events.map((e) => e.actorId)].filter((v): v is string => Boolean(v)))];
  const [users, contact, warehouse, priceList] = await Promise.all([
    userIds.length ? db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true } }) : [],
    order.contactId ? db.contact.findUnique({ where: { id: order.contactId }, select: { id: true, name: true } }) : null,
    db.warehouse.findUnique({ where: { id: order.warehouseId }, select: { id: true, name: true, code: true } }),
    order.priceListId ? db.priceList.findUnique({ where: { id: order.priceListId }, select: { id: true, name: true } }) : null,
  ]);
  const names = new Map(users.map((u) => [u.id, u.name]));
  return { ...order, events, contact, warehouse, priceList, userName: (userId: string | null) => (userId ? (names.get(userId) ?? "") : "") };
}

export type OrderDetail = Awaited<ReturnType<typeof findOrder>>;
