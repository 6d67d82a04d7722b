import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { writeAudit } from "@/lib/audit/write-audit";
import { isUniqueViolation } from "@/lib/db/errors";
import { transact } from "@/lib/db/transact";
import { FieldError } from "@/lib/errors";
import type { VatRateCreateInput } from "@/lib/validation/tax";
import { checkCategoryRate } from "./vat-rules";

/** A new VAT rate (code, names, rate in basis points, EN 16931 category), placed last, audited. */
export async function createVatRate({ actor, input }: { actor: Actor; input: VatRateCreateInput }): Promise<{ code: string }> {
  assertCan(actor, "pricing.manage");
  checkCategoryRate(input.categoryCode, input.rate);
  try {
    return await transact(async (tx) => {
      if (await tx.vatRate.findUnique({ where: { code: input.code }, select: { code: true } })) throw new FieldError("code", "pricing.vatCodeTaken");
      const last = await tx.vatRate.findFirst({ orderBy: { position: "desc" }, select: { position: true } });
      const values = { code: input.code, nameZh: input.nameZh, nameEn: input.nameEn, rateBp: input.rate, categoryCode: input.categoryCode, active: true, position: (last?.position ?? 0) + 1 };
      await tx.vatRate.create({ data: values });
      await writeAudit(tx, { actor, action: "create", entityType: "VatRate", entityId: input.code, after: values });
      return { code: input.code };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new FieldError("code", "pricing.vatCodeTaken");
    throw error;
  }
}
