import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { changedFields, writeAudit } from "@/lib/audit/write-audit";
import { transact } from "@/lib/db/transact";
import { NotFoundError } from "@/lib/errors";
import type { VatRateUpdateInput } from "@/lib/validation/tax";

/**
 * Renames or (de)activates a VAT rate. The percentage and category never change here: products
 * and documents refer to the code, so a new rate is a new code (and the old one is deactivated).
 */
export async function updateVatRate({ actor, input }: { actor: Actor; input: VatRateUpdateInput }): Promise<{ changed: boolean }> {
  assertCan(actor, "pricing.manage");
  return transact(async (tx) => {
    const before = await tx.vatRate.findUnique({ where: { code: input.code }, select: { nameZh: true, nameEn: true, active: true } });
    if (!before) throw new NotFoundError();
    const diff = changedFields(before, { nameZh: input.nameZh, nameEn: input.nameEn, active: input.active });
    if (Object.keys(diff.after).length === 0) return { changed: false };
    await tx.vatRate.update({ where: { code: input.code }, data: diff.after });
    const action = before.active && !input.active ? "deactivate" : !before.active && input.active ? "activate" : "update";
    await writeAudit(tx, { actor, action, entityType: "VatRate", entityId: input.code, before: diff.before, after: diff.after });
    return { changed: true };
  });
}
