import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { changedFields, writeAudit } from "@/lib/audit/write-audit";
import { transact } from "@/lib/db/transact";
import { FieldError, NotFoundError } from "@/lib/errors";
import { instantToDay } from "../company-day";
import { assertCurrencyEnabled, checkValues, takeDefault, toRow, type PriceListValues } from "./price-list-rules";

export type UpdatePriceListInput = PriceListValues & { id: string };

/**
 * Edits a price list's header. There is always exactly one default: the default cannot be
 * un-defaulted here (make another list the default instead), and a list made the default takes
 * the role from the old one in the same transaction. The currency cannot change once the list
 * has items, whose prices are in that currency.
 */
export async function updatePriceList({ actor, input }: { actor: Actor; input: UpdatePriceListInput }): Promise<{ id: string; changed: boolean }> {
  assertCan(actor, "pricing.manage");
  checkValues(input);
  return transact(async (tx) => {
    const stored = await tx.priceList.findUnique({
      where: { id: input.id },
      select: { id: true, name: true, currencyCode: true, taxInclusive: true, validFrom: true, validTo: true, isDefault: true, isPublic: true, active: true },
    });
    if (!stored) throw new NotFoundError();
    const before: PriceListValues = { ...stored, validFrom: instantToDay(stored.validFrom), validTo: instantToDay(stored.validTo) };
    if (before.isDefault && !input.isDefault) throw new FieldError("isDefault", "pricing.defaultRequired");
    if (input.currencyCode !== before.currencyCode) {
      await assertCurrencyEnabled(tx, input.currencyCode);
      if ((await tx.priceList.count({ where: { id: input.id, items: { some: {} } } })) > 0) throw new FieldError("currencyCode", "pricing.currencyLocked");
    }

    // Only the header's own fields, whatever else a caller's object carries.
    const next: PriceListValues = {
      name: input.name.trim(),
      currencyCode: input.currencyCode,
      taxInclusive: input.taxInclusive,
      validFrom: input.validFrom,
      validTo: input.validTo,
      isDefault: input.isDefault,
      isPublic: input.isPublic,
      active: input.active,
    };
    const diff = changedFields(before, next);
    if (Object.keys(diff.after).length === 0) return { id: input.id, changed: false };

    if (input.isDefault && !before.isDefault) {
      const previous = await takeDefault(tx, input.id);
      for (const id of previous) {
        await writeAudit(tx, { actor, action: "update", entityType: "PriceList", entityId: id, before: { isDefault: true }, after: { isDefault: false } });
      }
    }
    await tx.priceList.update({ where: { id: input.id }, data: toRow(next) });
    await writeAudit(tx, { actor, action: "update", entityType: "PriceList", entityId: input.id, before: diff.before, after: diff.after });
    return { id: input.id, changed: true };
  });
}
