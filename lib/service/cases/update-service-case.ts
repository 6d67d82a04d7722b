import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { loadScope } from "@/lib/auth/load-scope";
import { assertCan } from "@/lib/auth/permissions";
import { changedFields, writeAudit } from "@/lib/audit/write-audit";
import { assignableOwnerWhere } from "@/lib/crm/crm-scope";
import { transact } from "@/lib/db/transact";
import { isFinished } from "@/lib/domain/service-case";
import { FieldError, NotFoundError } from "@/lib/errors";
import type { ServiceCaseUpdateInput } from "@/lib/validation/service";
import { serviceCaseScopeWhere, serviceCaseValues } from "./service-case-values";

/** Edits a case's details (not its status: see changeServiceCaseStatus). */
export async function updateServiceCase({ actor, input }: { actor: Actor; input: ServiceCaseUpdateInput }): Promise<{ id: string; changed: boolean }> {
  assertCan(actor, "crm.manage");
  const assignable = await assignableOwnerWhere(actor);
  const scope = await loadScope(actor);
  return transact(async (tx) => {
    const current = await tx.serviceCase.findFirst({
      where: { AND: [{ id: input.id }, serviceCaseScopeWhere(scope)] },
      select: {
        accountId: true, contactId: true, productId: true, productText: true, category: true, severity: true, subject: true, description: true, ownerId: true, teamId: true,
        status: true, rootCause: true,
      },
    });
    if (!current) throw new NotFoundError();
    const values = await serviceCaseValues(tx, scope, assignable, input, current);
    // A finished fault always names its root cause (the fault analysis counts it).
    if (isFinished(current.status) && values.category === "fault" && current.rootCause === "") throw new FieldError("category", "service.rootCauseRequired");
    const diff = changedFields(current, values);
    if (Object.keys(diff.after).length === 0) return { id: input.id, changed: false };
    await tx.serviceCase.update({ where: { id: input.id }, data: values, select: { id: true } });
    await writeAudit(tx, { actor, action: "update", entityType: "ServiceCase", entityId: input.id, before: diff.before, after: diff.after });
    return { id: input.id, changed: true };
  });
}
