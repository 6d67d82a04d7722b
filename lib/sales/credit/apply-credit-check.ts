import "server-only";
import type { Tx } from "@/lib/db/client";
import { evaluateCreditInTx, type CreditEvaluation } from "./evaluate-credit";

export type CreditOutcome = { result: "ok" | "hold" | "warn"; reason: "" | "over_limit" | "overdue"; credit: CreditEvaluation };

/**
 * Runs the credit check for one order inside the caller's transaction, AFTER the order counts
 * (confirmed, new lines written): over the limit or an invoice overdue beyond the tolerance puts
 * the order on hold (policy "hold") or records a warning (policy "warn"). A hold takes the order
 * out of the exposure again, so the orders that stay count never pass the limit.
 * `releasedExposure`: the exposure an earlier release accepted; up to it the order passes.
 */
export async function applyCreditCheckInTx(tx: Tx, { orderId, accountId, today, releasedExposure }: { orderId: string; accountId: string; today: string; releasedExposure: number | null }): Promise<CreditOutcome> {
  const credit = await evaluateCreditInTx(tx, accountId, today);
  const overdue = credit.overdue.length > 0;
  if (!credit.overLimit && !overdue) {
    await tx.salesOrder.update({ where: { id: orderId }, data: { creditWarning: "" } });
    return { result: "ok", reason: "", credit };
  }
  const reason = overdue ? "overdue" : "over_limit";
  if (releasedExposure !== null && !overdue && credit.parts.total <= releasedExposure) return { result: "ok", reason: "", credit };
  if (credit.policy.action === "warn") {
    await tx.salesOrder.update({ where: { id: orderId }, data: { creditWarning: reason } });
    return { result: "warn", reason, credit };
  }
  await tx.salesOrder.update({ where: { id: orderId }, data: { creditHold: true, creditHoldReason: reason, creditHoldAt: new Date(), creditWarning: "" } });
  return { result: "hold", reason, credit };
}
