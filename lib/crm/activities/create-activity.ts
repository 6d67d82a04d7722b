import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { loadScope } from "@/lib/auth/load-scope";
import { assertCan } from "@/lib/auth/permissions";
import { writeAudit } from "@/lib/audit/write-audit";
import { transact } from "@/lib/db/transact";
import type { ActivityCreateInput } from "@/lib/validation/activity";
import { assignableOwnerWhere } from "../crm-scope";
import { activityValues } from "./activity-values";

/** Logs or plans an activity for the actor (or, for a manager, someone in their team). */
export async function createActivity({ actor, input, now = new Date() }: { actor: Actor; input: ActivityCreateInput; now?: Date }): Promise<{ id: string }> {
  assertCan(actor, "crm.manage");
  const assignable = await assignableOwnerWhere(actor);
  const scope = await loadScope(actor);
  return transact(async (tx) => {
    const values = await activityValues(tx, actor, scope, assignable, input);
    const data = { ...values, done: input.done, doneAt: input.done ? now : null };
    const created = await tx.activity.create({ data, select: { id: true } });
    await writeAudit(tx, { actor, action: "create", entityType: "Activity", entityId: created.id, after: data });
    return created;
  });
}
