import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { writeAudit } from "@/lib/audit/write-audit";
import { transact } from "@/lib/db/transact";
import { AppError, NotFoundError } from "@/lib/errors";
import { accountDocumentWhere, salesScope } from "@/lib/sales/sales-scope";

/** Cancels a draft return (nothing had moved). */
export async function cancelReturn({ actor, id }: { actor: Actor; id: string }): Promise<{ id: string }> {
  assertCan(actor, "delivery.manage");
  const scope = await salesScope(actor);
  return transact(async (tx) => {
    const current = await tx.salesReturn.findFirst({ where: { AND: [{ id }, accountDocumentWhere(scope)] }, select: { number: true } });
    if (!current) throw new NotFoundError();
    const changed = await tx.salesReturn.updateMany({ where: { id, status: "draft" }, data: { status: "cancelled" } });
    if (changed.count !== 1) throw new AppError("deliveries.returnNotDraft", { number: current.number }, 409);
    await writeAudit(tx, { actor, action: "cancel", entityType: "salesReturn", entityId: id, before: { status: "draft" }, after: { status: "cancelled" } });
    return { id };
  });
}
