import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { writeAudit } from "@/lib/audit/write-audit";
import { transact } from "@/lib/db/transact";
import { formatQuantity } from "@/lib/domain/quantity";
import { AppError, NotFoundError } from "@/lib/errors";
import { adjustOrderLineInTx, refreshOrderStatusInTx } from "@/lib/sales/orders/adjust-order-line";
import { accountDocumentWhere, salesScope } from "@/lib/sales/sales-scope";
import { receiveReturnInTx } from "@/lib/stock/receive-return";
import { creditReturnInTx } from "./credit-return";
import { planReturnCreditInTx } from "./plan-return-credit";
import { splitReturn } from "./return-credit";

/**
 * Posts a draft return in ONE transaction:
 * - draft → posted by a conditional UPDATE (one posting however many clicks);
 * - per line, DeliveryLine.returnedQty grows by a conditional UPDATE that refuses more than was
 *   delivered (also against returns posted at the same moment), and the order line's
 *   returnedQty through the order-line ledger;
 * - restocked lines come back into the delivery's warehouse at the unit cost they left at
 *   (the delivery line's), scrapped lines write no stock move;
 * - the part of the goods that had been invoiced is credited: one credit note per original
 *   invoice, issued in this same transaction (SalesReturn.creditNoteId keeps the first).
 */
export async function postReturn({ actor, id }: { actor: Actor; id: string }): Promise<{ id: string; number: string; creditNoteIds: string[] }> {
  assertCan(actor, "delivery.manage");
  const scope = await salesScope(actor);
  return transact(async (tx) => {
    const ret = await tx.salesReturn.findFirst({
      where: { AND: [{ id }, accountDocumentWhere(scope)] },
      select: {
        id: true, number: true, status: true, warehouseId: true, returnDate: true, reason: true,
        delivery: { select: { number: true } },
        lines: { orderBy: { id: "asc" }, select: { id: true, quantity: true, disposition: true, deliveryLineId: true, deliveryLine: { select: { position: true, orderLineId: true, unitCost: true, orderLine: { select: { orderId: true, productId: true } } } } } },
      },
    });
    if (!ret) throw new NotFoundError();
    const claimed = await tx.salesReturn.updateMany({ where: { id, status: "draft" }, data: { status: "posted", postedAt: new Date(), postedById: actor.id } });
    if (claimed.count !== 1) throw new AppError("deliveries.returnNotDraft", { number: ret.number }, 409);

    const toCredit: { deliveryLineId: string; orderLineId: string; quantity: number }[] = [];
    for (const line of ret.lines) {
      const changed = await tx.$executeRaw`
        UPDATE "DeliveryLine" SET "returnedQty" = "returnedQty" + ${line.quantity}
        WHERE "id" = ${line.deliveryLineId} AND "returnedQty" + ${line.quantity} <= "quantity"`;
      // Read after our UPDATE holds the row: the ledger as it stands for this return.
      const now = await tx.deliveryLine.findUniqueOrThrow({ where: { id: line.deliveryLineId }, select: { quantity: true, returnedQty: true, invoicedQty: true, creditedQty: true } });
      if (changed !== 1) throw new AppError("deliveries.overReturn", { line: line.deliveryLine.position + 1, open: formatQuantity(Math.max(0, now.quantity - now.returnedQty)) }, 409);
      await adjustOrderLineInTx(tx, line.deliveryLine.orderLineId, "returnedQty", line.quantity);
      const split = splitReturn({ quantity: now.quantity, returnedBefore: now.returnedQty - line.quantity, invoicedQty: now.invoicedQty, creditedQty: now.creditedQty }, line.quantity);
      toCredit.push({ deliveryLineId: line.deliveryLineId, orderLineId: line.deliveryLine.orderLineId, quantity: split.toCredit });
    }

    const restock = ret.lines.filter((l) => l.disposition === "restock");
    let stockOperationId: string | null = null;
    if (restock.length > 0) {
      const op = await receiveReturnInTx(tx, {
        actor,
        input: {
          warehouseId: ret.warehouseId,
          number: ret.number,
          reference: ret.delivery.number,
          note: ret.reason.slice(0, 1000),
          lines: restock.map((l) => ({ productId: l.deliveryLine.orderLine.productId!, quantity: l.quantity, unitCost: l.deliveryLine.unitCost })),
        },
      });
      stockOperationId = op.id;
    }
    // Restocked lines carry the cost they came back at; scrapped ones the cost written off.
    for (const line of ret.lines) await tx.salesReturnLine.update({ where: { id: line.id }, data: { unitCost: line.deliveryLine.unitCost } });

    const plan = await planReturnCreditInTx(tx, toCredit);
    const creditNoteIds = await creditReturnInTx(tx, { actor, salesReturnId: id, plan, reason: ret.reason, date: ret.returnDate });
    await tx.salesReturn.update({ where: { id }, data: { stockOperationId, creditNoteId: creditNoteIds[0] ?? null } });

    for (const orderId of new Set(ret.lines.map((l) => l.deliveryLine.orderLine.orderId))) await refreshOrderStatusInTx(tx, orderId);
    await writeAudit(tx, {
      actor,
      action: "post",
      entityType: "salesReturn",
      entityId: id,
      before: { status: "draft" },
      after: { status: "posted", stockOperationId, creditNoteIds, lines: ret.lines.map((l) => ({ deliveryLineId: l.deliveryLineId, quantity: l.quantity, disposition: l.disposition, unitCost: l.deliveryLine.unitCost })) },
    });
    return { id, number: ret.number, creditNoteIds };
  });
}
