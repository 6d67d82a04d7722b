import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { writeAudit } from "@/lib/audit/write-audit";
import { transact } from "@/lib/db/transact";
import { assertCurrencyEnabled, checkValues, takeDefault, toRow, type PriceListValues } from "./price-list-rules";

export type CreatePriceListInput = PriceListValues;

/**
 * A new price list. Its currency must be enabled. Made the default, it takes that role from the
 * old default in the same transaction (audited on both). Used by the form and by the demo seed.
 */
export async function createPriceList({ actor, input }: { actor: Actor; input: CreatePriceListInput }): Promise<{ id: string }> {
  assertCan(actor, "pricing.manage");
  checkValues(input);
  return transact(async (tx) => {
    await assertCurrencyEnabled(tx, input.currencyCode);
    const row = toRow(input);
    const list = await tx.priceList.create({ data: { ...row, isDefault: false }, select: { id: true } });
    if (input.isDefault) {
      const previous = await takeDefault(tx, list.id);
      await tx.priceList.update({ where: { id: list.id }, data: { isDefault: true } });
      for (const id of previous) {
        await writeAudit(tx, { actor, action: "update", entityType: "PriceList", entityId: id, before: { isDefault: true }, after: { isDefault: false } });
      }
    }
    await writeAudit(tx, { actor, action: "create", entityType: "PriceList", entityId: list.id, after: { ...input, name: row.name } });
    return { id: list.id };
  });
}
