import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { accountScopeWhere } from "@/lib/crm/crm-scope";
import { db } from "@/lib/db/client";
import { openToDeliver } from "@/lib/domain/order-status";
import { NotFoundError } from "@/lib/errors";
import { ownedDocumentWhere, salesScope } from "@/lib/sales/sales-scope";

export type DeliverableLine = {
  orderLineId: string;
  orderId: string;
  orderNumber: string;
  creditHold: boolean;
  line: number;
  sku: string;
  name: string;
  description: string;
  uom: string;
  ordered: number;
  delivered: number;
  open: number;
};

export type DeliverableSet = {
  account: { id: string; name: string };
  /** The chosen order's (or the newest open order's) warehouse and ship-to: the form's defaults. */
  warehouseId: string | null;
  shippingAddress: string;
  lines: DeliverableLine[];
};

const MAX_LINES = 500;

/**
 * What a new delivery for one customer can take: the open stock-tracked lines of their confirmed
 * orders (oldest order first). Start from an order (its customer) or from an account; either
 * must be visible to the actor, or it is not found.
 */
export async function findDeliverableLines({ actor, accountId, orderId }: { actor: Actor; accountId?: string; orderId?: string }): Promise<DeliverableSet> {
  const scope = await salesScope(actor);
  let account: { id: string; name: string; shippingAddress: string } | null = null;
  let from: { warehouseId: string; shippingAddress: string } | null = null;
  if (orderId) {
    const order = await db.salesOrder.findFirst({ where: { AND: [{ id: orderId }, ownedDocumentWhere(scope)] }, select: { warehouseId: true, shippingAddress: true, account: { select: { id: true, name: true, shippingAddress: true } } } });
    if (!order) throw new NotFoundError();
    account = order.account;
    from = order;
  } else if (accountId) {
    account = await db.account.findFirst({ where: { AND: [{ id: accountId }, accountScopeWhere(scope)] }, select: { id: true, name: true, shippingAddress: true } });
  }
  if (!account) throw new NotFoundError();

  const rows = await db.salesOrderLine.findMany({
    where: { stockTracked: true, productId: { not: null }, order: { accountId: account.id, status: "confirmed" } },
    orderBy: [{ order: { orderDate: "asc" } }, { order: { number: "asc" } }, { position: "asc" }],
    take: MAX_LINES * 2,
    select: {
      id: true, position: true, description: true, uom: true, stockTracked: true, quantity: true,
      deliveredQty: true, returnedQty: true, invoicedQty: true, creditedQty: true, cancelledQty: true,
      product: { select: { sku: true, nameZh: true, nameEn: true } },
      order: { select: { id: true, number: true, creditHold: true, warehouseId: true, shippingAddress: true } },
    },
  });
  const lines: DeliverableLine[] = [];
  for (const r of rows) {
    const open = openToDeliver(r);
    if (open <= 0) continue;
    from ??= r.order;
    lines.push({
      orderLineId: r.id,
      orderId: r.order.id,
      orderNumber: r.order.number ?? "",
      creditHold: r.order.creditHold,
      line: r.position + 1,
      sku: r.product?.sku ?? "",
      name: actor.locale === "zh-CN" ? (r.product?.nameZh ?? "") : (r.product?.nameEn ?? ""),
      description: r.description,
      uom: r.uom,
      ordered: r.quantity - r.cancelledQty,
      delivered: r.deliveredQty,
      open,
    });
    if (lines.length >= MAX_LINES) break;
  }
  // The order's ship-to, else the customer's usual shipping address.
  const shippingAddress = from?.shippingAddress || account.shippingAddress;
  return { account: { id: account.id, name: account.name }, warehouseId: from?.warehouseId ?? null, shippingAddress, lines };
}
