import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { writeAudit } from "@/lib/audit/write-audit";
import { transact } from "@/lib/db/transact";
import { FieldError, NotFoundError } from "@/lib/errors";

/**
 * Enables or disables a currency for new price lists (and, later, documents). The company's
 * base currency cannot be disabled, nor a currency that active price lists are priced in.
 */
export async function setCurrencyEnabled({ actor, code, enabled }: { actor: Actor; code: string; enabled: boolean }): Promise<{ changed: boolean }> {
  assertCan(actor, "currency.manage");
  return transact(async (tx) => {
    const currency = await tx.currency.findUnique({ where: { code }, select: { code: true, enabled: true } });
    if (!currency) throw new NotFoundError();
    if (currency.enabled === enabled) return { changed: false };
    if (!enabled) {
      const company = await tx.company.findUnique({ where: { id: "company" }, select: { baseCurrency: true } });
      if (code === (company?.baseCurrency ?? "CNY")) throw new FieldError("enabled", "pricing.baseCurrencyDisable");
      if ((await tx.priceList.count({ where: { currencyCode: code, active: true } })) > 0) throw new FieldError("enabled", "pricing.currencyInUse");
    }
    await tx.currency.update({ where: { code }, data: { enabled } });
    await writeAudit(tx, { actor, action: enabled ? "enable" : "disable", entityType: "Currency", entityId: code, before: { enabled: currency.enabled }, after: { enabled } });
    return { changed: true };
  });
}
