import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { writeAudit } from "@/lib/audit/write-audit";
import { assertCan } from "@/lib/auth/permissions";
import { transact } from "@/lib/db/transact";
import { AppError, NotFoundError } from "@/lib/errors";
import { companyDay } from "@/lib/pricing/company-day";
import { applyCreditCheckInTx, type CreditOutcome } from "@/lib/sales/credit/apply-credit-check";
import { ownedDocumentWhere, salesScope } from "@/lib/sales/sales-scope";
import { nextDocumentNumber } from "@/lib/settings/numbering/next-document-number";
import { refreshOrderStatusInTx } from "./adjust-order-line";
import { reservationTarget, setReservationsInTx } from "./order-reservations";

export type ConfirmResult = { id: string; number: string; credit: CreditOutcome["result"] };

/**
 * Confirms a draft order in ONE transaction: draft → confirmed (conditional, so two clicks confirm
 * once), the next ORDER number, stock reserved for stock-tracked lines (refused when not
 * available: nothing is kept), and — when the customer's policy checks at confirmation — the
 * credit check with this order counted: over the limit or overdue → on hold (or a warning).
 */
export async function confirmOrder({ actor, id, today = companyDay() }: { actor: Actor; id: string; today?: string }): Promise<ConfirmResult> {
  assertCan(actor, "sales.manage");
  const scope = await salesScope(actor);
  return transact(async (tx) => {
    const order = await tx.salesOrder.findFirst({
      where: { AND: [{ id }, ownedDocumentWhere(scope)] },
      select: { id: true, accountId: true, warehouseId: true, total: true, currencyCode: true, account: { select: { creditCheckAt: true } } },
    });
    if (!order) throw new NotFoundError();
    const now = new Date();
    const changed = await tx.salesOrder.updateMany({ where: { id: order.id, status: "draft" }, data: { status: "confirmed", confirmedAt: now, confirmedById: actor.id } });
    if (changed.count !== 1) throw new AppError("orders.notDraft", {}, 409);

    const lines = await tx.salesOrderLine.findMany({
      where: { orderId: order.id },
      select: { id: true, productId: true, stockTracked: true, quantity: true, cancelledQty: true, deliveredQty: true, reservedQty: true },
    });
    if (lines.length === 0) throw new AppError("orders.noLines", {}, 409);
    await setReservationsInTx(tx, order.warehouseId, lines.map((line) => ({ line, target: reservationTarget(line) })));
    const number = await nextDocumentNumber(tx, "ORDER", now);
    await tx.salesOrder.update({ where: { id: order.id }, data: { number } });
    await refreshOrderStatusInTx(tx, order.id);

    let credit: CreditOutcome["result"] = "ok";
    if (order.account.creditCheckAt !== "delivery") {
      const outcome = await applyCreditCheckInTx(tx, { orderId: order.id, accountId: order.accountId, today, releasedExposure: null });
      credit = outcome.result;
      if (outcome.result === "hold") {
        await writeAudit(tx, { actor, action: "credit_hold", entityType: "SalesOrder", entityId: order.id, after: { reason: outcome.reason, exposure: outcome.credit.parts, limit: outcome.credit.limit } });
      }
    }
    await writeAudit(tx, { actor, action: "confirm", entityType: "SalesOrder", entityId: order.id, after: { number, total: order.total, currencyCode: order.currencyCode, credit } });
    return { id: order.id, number, credit };
  });
}
