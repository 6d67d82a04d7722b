import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { loadScope } from "@/lib/auth/load-scope";
import { assertCan } from "@/lib/auth/permissions";
import { writeAudit } from "@/lib/audit/write-audit";
import { transact } from "@/lib/db/transact";
import { NotFoundError } from "@/lib/errors";
import type { ActivityIdInput } from "@/lib/validation/activity";
import { activityScopeWhere } from "./activity-values";

/** Deletes an activity the actor sees; the audit entry keeps what it was. */
export async function deleteActivity({ actor, input }: { actor: Actor; input: ActivityIdInput }): Promise<{ id: string }> {
  assertCan(actor, "crm.manage");
  const scope = await loadScope(actor);
  return transact(async (tx) => {
    const current = await tx.activity.findFirst({
      where: { AND: [{ id: input.id }, activityScopeWhere(scope)] },
      select: { type: true, subject: true, dueAt: true, ownerId: true, done: true, leadId: true, accountId: true, contactId: true, opportunityId: true, serviceCaseId: true },
    });
    if (!current) throw new NotFoundError();
    // Conditional on the row still existing: a concurrent delete leaves nothing to audit twice.
    const gone = await tx.activity.deleteMany({ where: { id: input.id } });
    if (gone.count === 0) throw new NotFoundError();
    await writeAudit(tx, { actor, action: "delete", entityType: "Activity", entityId: input.id, before: current });
    return { id: input.id };
  });
}
