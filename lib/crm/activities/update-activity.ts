import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { loadScope } from "@/lib/auth/load-scope";
import { assertCan } from "@/lib/auth/permissions";
import { changedFields, writeAudit } from "@/lib/audit/write-audit";
import { transact } from "@/lib/db/transact";
import { NotFoundError } from "@/lib/errors";
import type { ActivityUpdateInput } from "@/lib/validation/activity";
import { assignableOwnerWhere } from "../crm-scope";
import { activityScopeWhere, activityValues } from "./activity-values";

const CURRENT = {
  type: true, subject: true, description: true, dueAt: true, endAt: true, allDay: true, durationMinutes: true, callOutcome: true, location: true,
  remindAt: true, remindedAt: true, ownerId: true, teamId: true, leadId: true, accountId: true, contactId: true, opportunityId: true, serviceCaseId: true, done: true, doneAt: true,
} as const;

/** Edits an activity the actor sees; a new due or reminder time re-arms the reminder. */
export async function updateActivity({ actor, input, now = new Date() }: { actor: Actor; input: ActivityUpdateInput; now?: Date }): Promise<{ id: string; changed: boolean }> {
  assertCan(actor, "crm.manage");
  const assignable = await assignableOwnerWhere(actor);
  const scope = await loadScope(actor);
  return transact(async (tx) => {
    const current = await tx.activity.findFirst({ where: { AND: [{ id: input.id }, activityScopeWhere(scope)] }, select: CURRENT });
    if (!current) throw new NotFoundError();
    const values = await activityValues(tx, actor, scope, assignable, input, current.ownerId);
    const next = {
      ...values,
      done: input.done,
      doneAt: input.done ? (current.doneAt ?? now) : null,
      remindedAt: values.remindAt?.getTime() === current.remindAt?.getTime() ? current.remindedAt : null,
    };
    const diff = changedFields(current, next);
    if (Object.keys(diff.after).length === 0) return { id: input.id, changed: false };
    await tx.activity.update({ where: { id: input.id }, data: next, select: { id: true } });
    await writeAudit(tx, { actor, action: "update", entityType: "Activity", entityId: input.id, ...diff });
    return { id: input.id, changed: true };
  });
}
