import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { writeAudit } from "@/lib/audit/write-audit";
import { transact } from "@/lib/db/transact";
import { AppError, NotFoundError } from "@/lib/errors";
import { accountDocumentWhere, salesScope } from "@/lib/sales/sales-scope";

/** Cancels a draft delivery (nothing had moved). A posted one is undone only by a return. */
export async function cancelDelivery({ actor, id }: { actor: Actor; id: string }): Promise<{ id: string }> {
  assertCan(actor, "delivery.manage");
  const scope = await salesScope(actor);
  return transact(async (tx) => {
    const current = await tx.delivery.findFirst({ where: { AND: [{ id }, accountDocumentWhere(scope)] }, select: { number: true } });
    if (!current) throw new NotFoundError();
    const changed = await tx.delivery.updateMany({ where: { id, status: "draft" }, data: { status: "cancelled" } });
    if (changed.count !== 1) throw new AppError("deliveries.notDraft", { number: current.number }, 409);
    await writeAudit(tx, { actor, action: "cancel", entityType: "delivery", entityId: id, before: { status: "draft" }, after: { status: "cancelled" } });
    return { id };
  });
}
