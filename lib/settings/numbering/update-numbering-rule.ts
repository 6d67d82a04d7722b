import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { changedFields, writeAudit } from "@/lib/audit/write-audit";
import { transact } from "@/lib/db/transact";
import { FieldError } from "@/lib/errors";
import { DEFAULT_PREFIXES, type DocType } from "@/lib/system/ensure-company";

/**
 * Changes a document type's prefix and padding. Numbers already issued keep their text; the
 * counter is untouched, so the next number continues the year's series with the new look.
 */
export async function updateNumberingRule({ actor, docType, prefix, padding }: { actor: Actor; docType: DocType; prefix: string; padding: number }) {
  assertCan(actor, "settings.numbering.manage");
  return transact(async (tx) => {
    // Two types sharing a prefix would print the same number on, say, a quote and an order.
    const clash = await tx.numberingRule.findFirst({ where: { prefix, docType: { not: docType } }, select: { docType: true } });
    if (clash) throw new FieldError("prefix", "prefixTaken");

    const before = (await tx.numberingRule.findUnique({ where: { docType }, select: { prefix: true, padding: true } })) ?? {
      prefix: DEFAULT_PREFIXES[docType],
      padding: 5,
    };
    const rule = await tx.numberingRule.upsert({
      where: { docType },
      create: { docType, prefix, padding },
      update: { prefix, padding },
      select: { docType: true, prefix: true, padding: true },
    });
    const diff = changedFields(before, { prefix, padding });
    if (Object.keys(diff.after).length > 0) {
      await writeAudit(tx, { actor, action: "update", entityType: "NumberingRule", entityId: docType, ...diff });
    }
    return rule;
  });
}
