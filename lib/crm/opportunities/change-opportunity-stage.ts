import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { loadScope } from "@/lib/auth/load-scope";
import { assertCan } from "@/lib/auth/permissions";
import { writeAudit } from "@/lib/audit/write-audit";
import { transact } from "@/lib/db/transact";
import type { ForecastCategory } from "@/lib/domain/pipeline";
import { FieldError, NotFoundError } from "@/lib/errors";
import type { OpportunityStageInput } from "@/lib/validation/opportunity";
import { createStageTasks } from "../activities/create-stage-tasks";
import { assertCanEnter, forecastFor, opportunityScopeWhere, STAGE_SELECT } from "./opportunity-values";

/**
 * Moves an opportunity to another active stage (the stage control and the board): the stage's
 * default probability applies, won/lost close the forecast, lost needs a reason. Writes the
 * stage history row, the stage's checklist tasks and the audit entry in the same transaction.
 */
export async function changeOpportunityStage({ actor, input }: { actor: Actor; input: OpportunityStageInput }): Promise<{ id: string; changed: boolean }> {
  assertCan(actor, "crm.manage");
  const scope = await loadScope(actor);
  return transact(async (tx) => {
    const current = await tx.opportunity.findFirst({
      where: { AND: [{ id: input.id }, opportunityScopeWhere(scope)] },
      select: { stageId: true, ownerId: true, teamId: true, probabilityBp: true, forecastCategory: true, lostReason: true, contactId: true, amount: true, expectedCloseDate: true, source: true, competitors: true, nextStep: true },
    });
    if (!current) throw new NotFoundError();
    if (current.stageId === input.stageId) return { id: input.id, changed: false };
    const stage = await tx.pipelineStage.findFirst({ where: { id: input.stageId, active: true }, select: STAGE_SELECT });
    if (!stage) throw new FieldError("stageId", "choice");
    assertCanEnter(stage, { ...current, lostReason: input.lostReason });
    const after = {
      stageId: stage.id,
      probabilityBp: stage.defaultProbabilityBp,
      forecastCategory: forecastFor(stage, current.forecastCategory as ForecastCategory),
      lostReason: stage.kind === "lost" ? input.lostReason : "",
    };
    await tx.opportunity.update({ where: { id: input.id }, data: after, select: { id: true } });
    await tx.opportunityStageChange.create({ data: { opportunityId: input.id, fromStageId: current.stageId, toStageId: stage.id, changedById: actor.id } });
    await createStageTasks(tx, { id: input.id, stageId: stage.id, ownerId: current.ownerId, teamId: current.teamId });
    const before = { stageId: current.stageId, probabilityBp: current.probabilityBp, forecastCategory: current.forecastCategory, lostReason: current.lostReason };
    await writeAudit(tx, { actor, action: "stage", entityType: "Opportunity", entityId: input.id, before, after });
    return { id: input.id, changed: true };
  });
}
