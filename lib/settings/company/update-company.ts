import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { changedFields, writeAudit } from "@/lib/audit/write-audit";
import { transact } from "@/lib/db/transact";
import { NotFoundError } from "@/lib/errors";
import { COMPANY_SELECT } from "./find-company";

type Fields = { name: string; address: string; taxId: string; phone: string; email: string; baseCurrency: string; defaultVatRateBp: number };

/** Saves the company's details; the audit entry keeps only the fields that changed. */
export async function updateCompany({ actor, ...fields }: { actor: Actor } & Fields) {
  assertCan(actor, "settings.company.manage");
  return transact(async (tx) => {
    const before = await tx.company.findUnique({ where: { id: "company" }, select: COMPANY_SELECT });
    if (!before) throw new NotFoundError();
    const company = await tx.company.update({ where: { id: "company" }, data: fields, select: COMPANY_SELECT });
    const diff = changedFields(before, fields);
    if (Object.keys(diff.after).length > 0) {
      await writeAudit(tx, { actor, action: "update", entityType: "Company", entityId: "company", ...diff });
    }
    return company;
  });
}
