import "server-only";
import { writeAudit } from "@/lib/audit/write-audit";
import type { Tx } from "@/lib/db/client";
import { evaluateCreditInTx } from "./evaluate-credit";

/**
 * Re-checks a customer's held orders after their position improved (a payment, a credit note),
 * inside that document's transaction: oldest hold first, each order is counted again and stays
 * released only if the customer is then within the limit and has nothing overdue; otherwise its
 * hold is put back. So a payment lifts exactly the holds it covers, never more. Audited per order.
 * Returns the ids of the orders released.
 */
export async function recheckCreditHoldsInTx(tx: Tx, accountId: string, today: string): Promise<string[]> {
  const held = await tx.salesOrder.findMany({
    where: { accountId, status: "confirmed", creditHold: true },
    orderBy: [{ creditHoldAt: "asc" }, { id: "asc" }],
    select: { id: true, creditHoldReason: true, creditHoldAt: true },
  });
  const released: string[] = [];
  for (const order of held) {
    await tx.salesOrder.update({ where: { id: order.id }, data: { creditHold: false } });
    const credit = await evaluateCreditInTx(tx, accountId, today);
    if (credit.overLimit || credit.overdue.length > 0) {
      await tx.salesOrder.update({ where: { id: order.id }, data: { creditHold: true } });
      continue;
    }
    await tx.salesOrder.update({ where: { id: order.id }, data: { creditHoldReason: "", creditHoldAt: null } });
    await writeAudit(tx, {
      actor: null,
      action: "credit_recheck_release",
      entityType: "SalesOrder",
      entityId: order.id,
      before: { creditHold: true, creditHoldReason: order.creditHoldReason, creditHoldAt: order.creditHoldAt },
      after: { creditHold: false, exposure: credit.parts.total, limit: credit.limit },
    });
    released.push(order.id);
  }
  return released;
}
