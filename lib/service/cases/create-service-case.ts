import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { loadScope } from "@/lib/auth/load-scope";
import { assertCan } from "@/lib/auth/permissions";
import { writeAudit } from "@/lib/audit/write-audit";
import { assignableOwnerWhere } from "@/lib/crm/crm-scope";
import { transact } from "@/lib/db/transact";
import { nextDocumentNumber } from "@/lib/settings/numbering/next-document-number";
import type { ServiceCaseCreateInput } from "@/lib/validation/service";
import { serviceCaseValues } from "./service-case-values";

/** Opens a service case on an account the actor sees; numbered CS-YYYY-NNNNN in the same transaction. */
export async function createServiceCase({ actor, input, now = new Date() }: { actor: Actor; input: ServiceCaseCreateInput; now?: Date }): Promise<{ id: string; number: string }> {
  assertCan(actor, "crm.manage");
  const assignable = await assignableOwnerWhere(actor);
  const scope = await loadScope(actor);
  return transact(async (tx) => {
    const values = await serviceCaseValues(tx, scope, assignable, input);
    const number = await nextDocumentNumber(tx, "SERVICE_CASE", now);
    const created = await tx.serviceCase.create({ data: { ...values, number, status: "open", openedAt: now }, select: { id: true, number: true } });
    await writeAudit(tx, { actor, action: "create", entityType: "ServiceCase", entityId: created.id, after: { number, status: "open", ...values } });
    return created;
  });
}
