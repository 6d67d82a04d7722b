import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { writeAudit } from "@/lib/audit/write-audit";
import { transact } from "@/lib/db/transact";
import { AppError, NotFoundError } from "@/lib/errors";
import { companyDay } from "@/lib/pricing/company-day";
import { checkOrderBeforeDeliveryInTx, type DeliveryGate } from "@/lib/sales/credit/check-before-delivery";
import { adjustOrderLineInTx, refreshOrderStatusInTx } from "@/lib/sales/orders/adjust-order-line";
import { accountDocumentWhere, salesScope } from "@/lib/sales/sales-scope";
import { issueStockInTx } from "@/lib/stock/issue-stock";
import { releaseReservationInTx } from "@/lib/stock/reserve-stock";

type Held = Extract<DeliveryGate, { ok: false }>;

/**
 * Posts a draft delivery in ONE transaction: the goods leave stock and every ledger moves, or
 * nothing does.
 * 1. Each order on the note passes the delivery gate (confirmed, not on hold, credit at delivery,
 *    prepayment). A gate that puts an order on hold answers { ok: false }: the transaction then
 *    COMMITS with only that hold recorded, and the caller hears AppError credit.putOnHold after.
 * 2. draft → posted with a conditional UPDATE (two clicks or two people: one posting).
 * 3. Per line, deliveredQty moves by a conditional UPDATE on the order line (never more than
 *    ordered − cancelled, also when other notes for the same open quantity post at once); the
 *    line's reservation is consumed (min(reserved, delivered)) in the ORDER's warehouse, where
 *    confirmation reserved it.
 * 4. Stock out from the delivery's warehouse at the moving average (refused below zero unless
 *    the product allows backorders); each line keeps the unit cost it left at, which a return
 *    later brings back.
 */
export async function postDelivery({ actor, id, today = companyDay() }: { actor: Actor; id: string; today?: string }): Promise<{ id: string; number: string }> {
  assertCan(actor, "delivery.manage");
  const scope = await salesScope(actor);
  const outcome = await transact(async (tx): Promise<{ held: Held } | { held: null; number: string }> => {
    const delivery = await tx.delivery.findFirst({
      where: { AND: [{ id }, accountDocumentWhere(scope)] },
      select: {
        id: true, number: true, status: true, warehouseId: true, deliveryDate: true,
        lines: { orderBy: { position: "asc" }, select: { id: true, quantity: true, orderLineId: true, orderLine: { select: { productId: true, orderId: true, order: { select: { number: true, warehouseId: true } } } } } },
      },
    });
    if (!delivery) throw new NotFoundError();
    if (delivery.status !== "draft") throw new AppError("deliveries.notDraft", { number: delivery.number }, 409);
    if (delivery.lines.length === 0) throw new AppError("deliveries.noLines", { number: delivery.number }, 409);

    const orderIds = [...new Set(delivery.lines.map((l) => l.orderLine.orderId))];
    for (const orderId of orderIds) {
      const gate = await checkOrderBeforeDeliveryInTx(tx, { orderId, today });
      // Commit the recorded hold and post nothing.
      if (!gate.ok) return { held: gate };
    }

    const claimed = await tx.delivery.updateMany({ where: { id, status: "draft" }, data: { status: "posted", postedAt: new Date(), postedById: actor.id } });
    if (claimed.count !== 1) throw new AppError("deliveries.notDraft", { number: delivery.number }, 409);

    for (const line of delivery.lines) {
      await adjustOrderLineInTx(tx, line.orderLineId, "deliveredQty", line.quantity);
      // Read after our UPDATE holds the row: the reservation as it is now, not as first read.
      const { reservedQty } = await tx.salesOrderLine.findUniqueOrThrow({ where: { id: line.orderLineId }, select: { reservedQty: true } });
      const release = Math.min(reservedQty, line.quantity);
      if (release > 0 && line.orderLine.productId) {
        await releaseReservationInTx(tx, line.orderLine.order.warehouseId, [{ productId: line.orderLine.productId, quantity: release }]);
        await adjustOrderLineInTx(tx, line.orderLineId, "reservedQty", -release);
      }
    }

    const orderNumbers = [...new Set(delivery.lines.map((l) => l.orderLine.order.number ?? ""))].join(", ");
    const stock = await issueStockInTx(tx, {
      actor,
      input: {
        warehouseId: delivery.warehouseId,
        number: delivery.number,
        reference: orderNumbers.slice(0, 100),
        lines: delivery.lines.map((l) => ({ productId: l.orderLine.productId!, quantity: l.quantity })),
      },
    });
    // One move per line, in line order.
    for (const [i, line] of delivery.lines.entries()) {
      await tx.deliveryLine.update({ where: { id: line.id }, data: { unitCost: stock.moves[i].unitCost } });
    }
    await tx.delivery.update({ where: { id }, data: { stockOperationId: stock.id } });
    for (const orderId of orderIds) await refreshOrderStatusInTx(tx, orderId);

    await writeAudit(tx, {
      actor,
      action: "post",
      entityType: "delivery",
      entityId: id,
      before: { status: "draft" },
      after: { status: "posted", stockOperationId: stock.id, lines: delivery.lines.map((l, i) => ({ orderLineId: l.orderLineId, quantity: l.quantity, unitCost: stock.moves[i].unitCost })) },
    });
    return { held: null, number: delivery.number };
  });
  if (outcome.held) throw new AppError(outcome.held.key, outcome.held.values, 409);
  return { id, number: outcome.number };
}

