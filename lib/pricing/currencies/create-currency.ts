import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { writeAudit } from "@/lib/audit/write-audit";
import { isUniqueViolation } from "@/lib/db/errors";
import { transact } from "@/lib/db/transact";
import { minorDigits } from "@/lib/domain/money";
import { FieldError } from "@/lib/errors";
import type { CurrencyCreateInput } from "@/lib/validation/currency";

/** Adds an ISO 4217 currency beyond the default six, enabled; its decimals come from ISO data. */
export async function createCurrency({ actor, input }: { actor: Actor; input: CurrencyCreateInput }): Promise<{ code: string }> {
  assertCan(actor, "currency.manage");
  let digits: number;
  try {
    digits = minorDigits(input.code);
  } catch {
    throw new FieldError("code", "currency");
  }
  try {
    return await transact(async (tx) => {
      if (await tx.currency.findUnique({ where: { code: input.code }, select: { code: true } })) throw new FieldError("code", "pricing.currencyExists");
      const values = { code: input.code, nameZh: input.nameZh, nameEn: input.nameEn, minorDigits: digits, enabled: true };
      await tx.currency.create({ data: values });
      await writeAudit(tx, { actor, action: "create", entityType: "Currency", entityId: input.code, after: values });
      return { code: input.code };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new FieldError("code", "pricing.currencyExists");
    throw error;
  }
}
