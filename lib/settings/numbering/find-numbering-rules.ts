import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { DEFAULT_PREFIXES, DOC_TYPES, type DocType } from "@/lib/system/ensure-company";
import { documentYear } from "./document-year";

export type NumberingRow = { docType: DocType; prefix: string; padding: number; year: number; next: number };

/** One row per document type, in DOC_TYPES order, with this year's next counter. */
export async function findNumberingRules({ actor, now = new Date() }: { actor: Actor; now?: Date }): Promise<NumberingRow[]> {
  assertCan(actor, "settings.numbering.manage");
  const year = documentYear(now);
  const [rules, sequences] = await Promise.all([
    db.numberingRule.findMany({ select: { docType: true, prefix: true, padding: true } }),
    db.numberSequence.findMany({ where: { year }, select: { docType: true, next: true } }),
  ]);
  return DOC_TYPES.map((docType) => {
    const rule = rules.find((r) => r.docType === docType);
    return {
      docType,
      prefix: rule?.prefix ?? DEFAULT_PREFIXES[docType],
      padding: rule?.padding ?? 5,
      year,
      next: sequences.find((s) => s.docType === docType)?.next ?? 1,
    };
  });
}
