import "server-only";
import type { Tx } from "@/lib/db/client";
import { formatMoney, toMinor } from "@/lib/domain/money";
import { AppError } from "@/lib/errors";
import { evaluateCreditInTx } from "./evaluate-credit";

export type DeliveryGate = { ok: true } | { ok: false; key: "credit.putOnHold"; values: { number: string } };

/**
 * Every path that moves goods for an order asks here first, inside its own transaction:
 * - the order must be confirmed and not on credit hold (AppError credit.onHold);
 * - when the customer's policy checks credit at delivery and no release was recorded, the credit
 *   check runs now: over the limit or overdue with action "hold" puts the order on hold and
 *   answers `{ ok: false }` — the caller must then COMMIT (so the hold is recorded) without
 *   posting, and tell the user; with action "warn" it records the warning and lets it pass;
 * - a required prepayment must have been received (AppError orders.prepaymentMissing).
 */
export async function checkOrderBeforeDeliveryInTx(tx: Tx, { orderId, today }: { orderId: string; today: string }): Promise<DeliveryGate> {
  const order = await tx.salesOrder.findUniqueOrThrow({
    where: { id: orderId },
    select: { id: true, number: true, status: true, creditHold: true, creditReleasedAt: true, accountId: true, prepaymentRequired: true, currencyCode: true },
  });
  const number = order.number ?? "";
  if (order.status !== "confirmed") throw new AppError("orders.notConfirmed", { number }, 409);
  if (order.creditHold) throw new AppError("credit.onHold", { number }, 409);

  const account = await tx.account.findUniqueOrThrow({ where: { id: order.accountId }, select: { creditCheckAt: true } });
  if (account.creditCheckAt === "delivery" && !order.creditReleasedAt) {
    const credit = await evaluateCreditInTx(tx, order.accountId, today);
    if (credit.overLimit || credit.overdue.length > 0) {
      const reason = credit.overdue.length > 0 ? "overdue" : "over_limit";
      if (credit.policy.action === "hold") {
        await tx.salesOrder.update({ where: { id: orderId }, data: { creditHold: true, creditHoldReason: reason, creditHoldAt: new Date() } });
        return { ok: false, key: "credit.putOnHold", values: { number } };
      }
      await tx.salesOrder.update({ where: { id: orderId }, data: { creditWarning: reason } });
    }
  }

  const required = toMinor(order.prepaymentRequired);
  if (required > 0) {
    const received = await prepaymentReceivedInTx(tx, orderId);
    if (received < required) {
      throw new AppError("orders.prepaymentMissing", { number, required: formatMoney(required, order.currencyCode), received: formatMoney(received, order.currencyCode), currency: order.currencyCode }, 409);
    }
  }
  return { ok: true };
}

/** Prepayments received for an order (document currency), less what was refunded of them. */
export async function prepaymentReceivedInTx(tx: Tx, orderId: string): Promise<number> {
  const paid = await tx.payment.aggregate({ where: { orderId, kind: "PREPAYMENT" }, _sum: { amount: true } });
  const refunded = await tx.payment.aggregate({ where: { kind: "REFUND", refundOfPayment: { orderId, kind: "PREPAYMENT" } }, _sum: { amount: true } });
  return toMinor(paid._sum.amount ?? 0n) - toMinor(refunded._sum.amount ?? 0n);
}
