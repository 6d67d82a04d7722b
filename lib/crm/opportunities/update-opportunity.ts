import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { loadScope } from "@/lib/auth/load-scope";
import { assertCan } from "@/lib/auth/permissions";
import { changedFields, writeAudit } from "@/lib/audit/write-audit";
import { transact } from "@/lib/db/transact";
import { FieldError, NotFoundError } from "@/lib/errors";
import type { OpportunityUpdateInput } from "@/lib/validation/opportunity";
import { createStageTasks } from "../activities/create-stage-tasks";
import { assignableOwnerWhere } from "../crm-scope";
import { opportunityScopeWhere, opportunityValues } from "./opportunity-values";

/** Edits an opportunity in the actor's scope; a stage change through the form is recorded like a move. */
export async function updateOpportunity({ actor, input }: { actor: Actor; input: OpportunityUpdateInput }): Promise<{ id: string; changed: boolean }> {
  assertCan(actor, "crm.manage");
  const assignable = await assignableOwnerWhere(actor);
  const scope = await loadScope(actor);
  return transact(async (tx) => {
    const current = await tx.opportunity.findFirst({
      where: { AND: [{ id: input.id }, opportunityScopeWhere(scope)] },
      select: {
        accountId: true, contactId: true, name: true, amount: true, currencyCode: true, stageId: true, probabilityBp: true, expectedCloseDate: true,
        ownerId: true, teamId: true, source: true, campaign: true, rating: true, forecastCategory: true, competitors: true, nextStep: true, lostReason: true,
      },
    });
    if (!current) throw new NotFoundError();
    const { values } = await opportunityValues(tx, scope, assignable, input, current);
    // With product lines the lines decide the amount, and their prices are in the current currency.
    if ((await tx.opportunityLine.count({ where: { opportunityId: input.id } })) > 0) {
      if (values.currencyCode !== current.currencyCode) throw new FieldError("currencyCode", "lines.currencyLocked");
      values.amount = current.amount;
    }
    const diff = changedFields(current, values);
    if (Object.keys(diff.after).length === 0) return { id: input.id, changed: false };
    await tx.opportunity.update({ where: { id: input.id }, data: values, select: { id: true } });
    if (values.stageId !== current.stageId) {
      await tx.opportunityStageChange.create({ data: { opportunityId: input.id, fromStageId: current.stageId, toStageId: values.stageId, changedById: actor.id } });
      await createStageTasks(tx, { id: input.id, stageId: values.stageId, ownerId: values.ownerId, teamId: values.teamId });
    }
    await writeAudit(tx, { actor, action: "update", entityType: "Opportunity", entityId: input.id, before: diff.before, after: diff.after });
    return { id: input.id, changed: true };
  });
}
