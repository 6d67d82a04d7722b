import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { writeAudit } from "@/lib/audit/write-audit";
import { assertCan } from "@/lib/auth/permissions";
import { transact } from "@/lib/db/transact";
import { formatMoney } from "@/lib/domain/money";
import { AppError, NotFoundError } from "@/lib/errors";
import { notify } from "@/lib/notifications/notify";
import { companyDay } from "@/lib/pricing/company-day";
import { ownedDocumentWhere, salesScope } from "@/lib/sales/sales-scope";
import { evaluateCreditInTx } from "./evaluate-credit";

/**
 * A manager or finance user releases an order from credit hold with a reason: recorded on the
 * order (who, when, why, and the exposure accepted — a later increase beyond it needs a new
 * release), audited, and the order's owner is told. Conditional on the hold, so two releases
 * racing record one.
 */
export async function releaseCreditHold({ actor, id, reason, today = companyDay() }: { actor: Actor; id: string; reason: string; today?: string }): Promise<{ id: string; exposure: number }> {
  assertCan(actor, "credit.release");
  const scope = await salesScope(actor);
  return transact(async (tx) => {
    const order = await tx.salesOrder.findFirst({
      where: { AND: [{ id }, ownedDocumentWhere(scope)] },
      select: { id: true, number: true, accountId: true, ownerId: true, creditHoldReason: true, creditHoldAt: true },
    });
    if (!order) throw new NotFoundError();
    const now = new Date();
    const changed = await tx.salesOrder.updateMany({
      where: { id: order.id, status: "confirmed", creditHold: true },
      data: { creditHold: false, creditReleasedById: actor.id, creditReleasedAt: now, creditReleaseReason: reason },
    });
    if (changed.count !== 1) throw new AppError("credit.notOnHold", { number: order.number ?? "" }, 409);
    // The exposure with this order counted again: what the release accepts.
    const credit = await evaluateCreditInTx(tx, order.accountId, today);
    await tx.salesOrder.update({ where: { id: order.id }, data: { creditReleasedExposure: BigInt(credit.parts.total) } });
    await writeAudit(tx, {
      actor,
      action: "credit_release",
      entityType: "SalesOrder",
      entityId: order.id,
      before: { creditHold: true, creditHoldReason: order.creditHoldReason, creditHoldAt: order.creditHoldAt },
      after: { creditHold: false, reason, exposure: credit.parts.total, limit: credit.limit },
    });
    if (order.ownerId !== actor.id) {
      await notify(tx, {
        userId: order.ownerId,
        kind: "credit_released",
        messageKey: "creditReleased",
        values: { number: order.number ?? "", who: actor.name, exposure: formatMoney(credit.parts.total, credit.baseCurrency), currency: credit.baseCurrency },
        link: `/app/sales/orders/${order.id}`,
      });
    }
    return { id: order.id, exposure: credit.parts.total };
  });
}
