import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { writeAudit } from "@/lib/audit/write-audit";
import { transact } from "@/lib/db/transact";
import { AppError, NotFoundError } from "@/lib/errors";

/** Deletes a VAT rate no product uses; a used one can only be deactivated (AppError "pricing.vatRateInUse"). */
export async function deleteVatRate({ actor, code }: { actor: Actor; code: string }): Promise<void> {
  assertCan(actor, "pricing.manage");
  await transact(async (tx) => {
    const rate = await tx.vatRate.findUnique({ where: { code }, select: { code: true, nameZh: true, nameEn: true, rateBp: true, categoryCode: true, active: true } });
    if (!rate) throw new NotFoundError();
    const used = await tx.product.count({ where: { vatRateCode: code } });
    if (used > 0) throw new AppError("pricing.vatRateInUse", { count: used });
    await tx.vatRate.delete({ where: { code } });
    await writeAudit(tx, { actor, action: "delete", entityType: "VatRate", entityId: code, before: rate });
  });
}
