import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { accountScopeWhere } from "@/lib/crm/crm-scope";
import { db } from "@/lib/db/client";
import { openToInvoice } from "@/lib/domain/order-status";
import { NotFoundError } from "@/lib/errors";
import { accountDocumentWhere, ownedDocumentWhere, salesScope } from "@/lib/sales/sales-scope";

export type InvoiceableLine = {
  source: "delivery" | "order";
  /** DeliveryLine id or SalesOrderLine id. */
  id: string;
  documentNumber: string;
  documentDate: string;
  orderNumber: string;
  sku: string;
  description: string;
  uom: string;
  currencyCode: string;
  unitPrice: number;
  discountBp: number;
  vatRateBp: number;
  /** Quantity that can still be invoiced (thousandths). */
  open: number;
};

export type InvoiceSources = {
  account: { id: string; name: string };
  /** Lines the form pre-selects: those of the delivery or order the page was opened from. */
  preselected: string[];
  lines: InvoiceableLine[];
};

// Newest first is what a person looks for; older open lines stay reachable through their
// delivery or order (?deliveryId=, ?orderId=).
const MAX_DELIVERY_LINES = 300;
const MAX_ORDERS = 100;

/**
 * What a new invoice for one customer can take: not-yet-invoiced quantities of posted delivery
 * lines (several deliveries into one invoice), and open order lines of services and of prepaid
 * goods. Opened from an account, an order or a delivery — each must be visible to the actor.
 */
export async function findInvoiceSources({ actor, accountId, orderId, deliveryId }: { actor: Actor; accountId?: string; orderId?: string; deliveryId?: string }): Promise<InvoiceSources> {
  assertCan(actor, "billing.manage");
  const scope = await salesScope(actor);
  let account: { id: string; name: string } | null = null;
  if (deliveryId) {
    const delivery = await db.delivery.findFirst({ where: { AND: [{ id: deliveryId }, accountDocumentWhere(scope)] }, select: { account: { select: { id: true, name: true } } } });
    account = delivery?.account ?? null;
  } else if (orderId) {
    const order = await db.salesOrder.findFirst({ where: { AND: [{ id: orderId }, ownedDocumentWhere(scope)] }, select: { account: { select: { id: true, name: true } } } });
    account = order?.account ?? null;
  } else if (accountId) {
    account = await db.account.findFirst({ where: { AND: [{ id: accountId }, accountScopeWhere(scope)] }, select: { id: true, name: true } });
  }
  if (!account) throw new NotFoundError();

  const orderLineSelect = {
    id: true,
    description: true,
    uom: true,
    unitPrice: true,
    discountBp: true,
    vatRateBp: true,
    stockTracked: true,
    quantity: true,
    deliveredQty: true,
    returnedQty: true,
    invoicedQty: true,
    creditedQty: true,
    cancelledQty: true,
    product: { select: { sku: true } },
    order: { select: { id: true, number: true, orderDate: true, currencyCode: true, prepaymentRequired: true } },
  } as const;

  const [deliveryLines, orders] = await Promise.all([
    db.deliveryLine.findMany({
      where: { delivery: { accountId: account.id, status: "posted", ...(deliveryId ? { id: deliveryId } : {}) } },
      orderBy: [{ delivery: { deliveryDate: "desc" } }, { deliveryId: "desc" }, { position: "asc" }],
      take: MAX_DELIVERY_LINES,
      select: { id: true, quantity: true, returnedQty: true, invoicedQty: true, creditedQty: true, delivery: { select: { id: true, number: true, deliveryDate: true } }, orderLine: { select: orderLineSelect } },
    }),
    db.salesOrder.findMany({
      where: { accountId: account.id, status: "confirmed", invoiceStatus: { not: "invoiced" }, ...(orderId ? { id: orderId } : {}) },
      orderBy: [{ orderDate: "desc" }, { id: "desc" }],
      take: MAX_ORDERS,
      select: { id: true, prepaymentRequired: true, payments: { where: { kind: "PREPAYMENT" }, select: { id: true }, take: 1 }, lines: { orderBy: { position: "asc" }, select: orderLineSelect } },
    }),
  ]);

  const lines: InvoiceableLine[] = [];
  for (const d of deliveryLines) {
    // Open on the delivery line, and never more than the order line still allows.
    const open = Math.min(d.quantity - d.returnedQty - (d.invoicedQty - d.creditedQty), openToInvoice(d.orderLine));
    if (open <= 0) continue;
    const l = d.orderLine;
    lines.push({
      source: "delivery",
      id: d.id,
      documentNumber: d.delivery.number,
      documentDate: d.delivery.deliveryDate,
      orderNumber: l.order.number ?? "",
      sku: l.product?.sku ?? "",
      description: l.description,
      uom: l.uom,
      currencyCode: l.order.currencyCode,
      unitPrice: l.unitPrice,
      discountBp: l.discountBp,
      vatRateBp: l.vatRateBp,
      open,
    });
  }
  for (const o of orders) {
    const prepaid = o.prepaymentRequired > 0n || o.payments.length > 0;
    for (const l of o.lines) {
      // Goods are invoiced from deliveries unless prepaid; services straight from the order.
      if (l.stockTracked && !prepaid) continue;
      // Prepaid goods already delivered are invoiced from their delivery line instead.
      const open = l.stockTracked ? Math.max(0, openToInvoice(l) - Math.max(0, l.deliveredQty - l.returnedQty - (l.invoicedQty - l.creditedQty))) : openToInvoice(l);
      if (open <= 0) continue;
      lines.push({
        source: "order",
        id: l.id,
        documentNumber: l.order.number ?? "",
        documentDate: l.order.orderDate,
        orderNumber: l.order.number ?? "",
        sku: l.product?.sku ?? "",
        description: l.description,
        uom: l.uom,
        currencyCode: l.order.currencyCode,
        unitPrice: l.unitPrice,
        discountBp: l.discountBp,
        vatRateBp: l.vatRateBp,
        open,
      });
    }
  }
  const preselected = deliveryId || orderId ? lines.map((l) => l.id) : [];
  return { account, preselected, lines };
}

/** Customers with something to invoice (confirmed orders not fully invoiced), for the account picker. */
export async function findAccountsToInvoice({ actor }: { actor: Actor }): Promise<{ id: string; name: string }[]> {
  assertCan(actor, "billing.manage");
  const scope = await salesScope(actor);
  return db.account.findMany({
    where: { AND: [accountScopeWhere(scope), { salesOrders: { some: { status: "confirmed", invoiceStatus: { not: "invoiced" } } } }] },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: 500,
    select: { id: true, name: true },
  });
}
