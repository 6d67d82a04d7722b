import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { writeAudit } from "@/lib/audit/write-audit";
import { assertCan } from "@/lib/auth/permissions";
import { transact } from "@/lib/db/transact";
import { AppError, NotFoundError } from "@/lib/errors";
import { ownedDocumentWhere, salesScope } from "@/lib/sales/sales-scope";
import { adjustOrderLineInTx, refreshOrderStatusInTx } from "./adjust-order-line";
import { setReservationsInTx } from "./order-reservations";

/**
 * Cancels an order with a reason. A draft simply becomes cancelled. A confirmed order gives back
 * its reservations and cancels what is not yet delivered (nor invoiced) on every line; delivered
 * goods cannot be cancelled, only returned — so an order with deliveries stays confirmed, closed
 * short, and its delivered part is still invoiced. Nothing left to cancel → refused.
 */
export async function cancelOrder({ actor, id, reason }: { actor: Actor; id: string; reason: string }): Promise<{ id: string; status: string }> {
  assertCan(actor, "sales.manage");
  const scope = await salesScope(actor);
  return transact(async (tx) => {
    const order = await tx.salesOrder.findFirst({ where: { AND: [{ id }, ownedDocumentWhere(scope)] }, select: { id: true, number: true, status: true, warehouseId: true } });
    if (!order) throw new NotFoundError();
    const now = new Date();
    if (order.status === "draft") {
      const changed = await tx.salesOrder.updateMany({ where: { id: order.id, status: "draft" }, data: { status: "cancelled", cancelledAt: now, cancelReason: reason } });
      if (changed.count !== 1) throw new AppError("orders.notOpen", { number: order.number ?? "" }, 409);
      await writeAudit(tx, { actor, action: "cancel", entityType: "SalesOrder", entityId: order.id, before: { status: "draft" }, after: { status: "cancelled", reason } });
      return { id: order.id, status: "cancelled" };
    }
    if (order.status !== "confirmed") throw new AppError("orders.notOpen", { number: order.number ?? "" }, 409);

    const lines = await tx.salesOrderLine.findMany({
      where: { orderId: order.id },
      select: { id: true, productId: true, stockTracked: true, quantity: true, reservedQty: true, deliveredQty: true, returnedQty: true, invoicedQty: true, creditedQty: true, cancelledQty: true },
    });
    const cuts = lines.map((l) => ({ line: l, cut: Math.max(0, l.quantity - l.cancelledQty - Math.max(l.deliveredQty, l.invoicedQty - l.creditedQty + l.returnedQty)) }));
    if (cuts.every((c) => c.cut === 0)) throw new AppError("orders.nothingToCancel", { number: order.number ?? "" }, 409);
    await setReservationsInTx(tx, order.warehouseId, lines.map((line) => ({ line, target: 0 })));
    // The guard in adjustOrderLineInTx re-checks against the committed row: a delivery posted
    // meanwhile makes this refuse rather than cancel delivered goods.
    for (const { line, cut } of cuts) await adjustOrderLineInTx(tx, line.id, "cancelledQty", cut);
    const anyDone = lines.some((l) => l.deliveredQty > 0 || l.invoicedQty > 0);
    const status = anyDone ? "confirmed" : "cancelled";
    await tx.salesOrder.update({ where: { id: order.id }, data: { status, cancelledAt: now, cancelReason: reason } });
    await refreshOrderStatusInTx(tx, order.id);
    await writeAudit(tx, { actor, action: "cancel", entityType: "SalesOrder", entityId: order.id, before: { status: "confirmed" }, after: { status, reason, cancelled: cuts.map((c) => ({ line: c.line.id, qty: c.cut })) } });
    return { id: order.id, status };
  });
}
