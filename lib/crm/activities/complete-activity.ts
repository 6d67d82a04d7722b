import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { loadScope } from "@/lib/auth/load-scope";
import { assertCan } from "@/lib/auth/permissions";
import { writeAudit } from "@/lib/audit/write-audit";
import { transact } from "@/lib/db/transact";
import { NotFoundError } from "@/lib/errors";
import type { ActivityDoneInput } from "@/lib/validation/activity";
import { activityScopeWhere } from "./activity-values";

/**
 * Marks an activity done (or open again). The conditional update makes a double click or two
 * tabs harmless: only the call that actually flips the flag writes the audit entry.
 */
export async function completeActivity({ actor, input, now = new Date() }: { actor: Actor; input: ActivityDoneInput; now?: Date }): Promise<{ id: string; changed: boolean }> {
  assertCan(actor, "crm.manage");
  const scope = await loadScope(actor);
  return transact(async (tx) => {
    const where = { AND: [{ id: input.id }, activityScopeWhere(scope)] };
    const found = await tx.activity.findFirst({ where, select: { id: true } });
    if (!found) throw new NotFoundError();
    const flipped = await tx.activity.updateMany({ where: { AND: [...where.AND, { done: !input.done }] }, data: { done: input.done, doneAt: input.done ? now : null } });
    if (flipped.count === 0) return { id: input.id, changed: false };
    await writeAudit(tx, { actor, action: input.done ? "complete" : "reopen", entityType: "Activity", entityId: input.id, before: { done: !input.done }, after: { done: input.done } });
    return { id: input.id, changed: true };
  });
}
