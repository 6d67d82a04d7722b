import "server-only";
import type { Scope } from "@/lib/auth/scope";
import { accountScopeWhere } from "@/lib/crm/crm-scope";
import type { Tx } from "@/lib/db/client";
import { openToDeliver } from "@/lib/domain/order-status";
import { formatQuantity } from "@/lib/domain/quantity";
import { AppError, FieldError, NotFoundError } from "@/lib/errors";

export type DeliveryLineRequest = { orderLineId: string; quantity: number };
export type CheckedDeliveryLine = { orderLineId: string; orderId: string; productId: string; quantity: number };

/**
 * Checks a delivery's customer, warehouse and lines against the actor's scope inside the
 * caller's transaction (every id came from the browser): the account must be visible, the
 * warehouse active, and each order line must belong to a confirmed order of THAT customer, be a
 * stock-tracked product and have at least the quantity still open. Repeated lines are merged.
 * Posting checks the open quantity again with a conditional UPDATE; this is the early answer.
 */
export async function checkDeliveryLinesInTx(
  tx: Tx,
  { scope, accountId, warehouseId, lines }: { scope: Scope; accountId: string; warehouseId: string; lines: DeliveryLineRequest[] },
): Promise<CheckedDeliveryLine[]> {
  const account = await tx.account.findFirst({ where: { AND: [{ id: accountId }, accountScopeWhere(scope)] }, select: { id: true } });
  if (!account) throw new NotFoundError();
  const warehouse = await tx.warehouse.findFirst({ where: { id: warehouseId, active: true }, select: { id: true } });
  if (!warehouse) throw new FieldError("warehouseId", "choice");

  const merged = new Map<string, number>();
  for (const l of lines) merged.set(l.orderLineId, (merged.get(l.orderLineId) ?? 0) + l.quantity);
  // At most 500 lines (validation), so one IN list is bounded.
  const rows = await tx.salesOrderLine.findMany({
    where: { id: { in: [...merged.keys()] } },
    select: {
      id: true, orderId: true, productId: true, position: true, stockTracked: true, quantity: true,
      deliveredQty: true, returnedQty: true, invoicedQty: true, creditedQty: true, cancelledQty: true,
      order: { select: { accountId: true, status: true } },
    },
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  const checked: CheckedDeliveryLine[] = [];
  for (const [orderLineId, quantity] of merged) {
    const row = byId.get(orderLineId);
    // Another customer's line, a draft order's or a service is not deliverable here: not found.
    if (!row || row.order.accountId !== accountId || row.order.status !== "confirmed" || !row.stockTracked || !row.productId) throw new NotFoundError();
    const open = openToDeliver(row);
    if (quantity > open) throw new AppError("deliveries.overDelivery", { line: row.position + 1, open: formatQuantity(open) }, 409);
    checked.push({ orderLineId, orderId: row.orderId, productId: row.productId, quantity });
  }
  return checked;
}
