import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { writeAudit } from "@/lib/audit/write-audit";
import { createStageTasks } from "@/lib/crm/activities/create-stage-tasks";
import { assertCanEnter, STAGE_SELECT } from "@/lib/crm/opportunities/opportunity-values";
import type { Tx } from "@/lib/db/client";
import { AppError, FieldError } from "@/lib/errors";

const MAX_INT32 = 2_147_483_647;

/**
 * Inside the acceptance's transaction: the opportunity moves to the first active "won" stage
 * with the accepted amount — the same effects as changing the stage by hand
 * (lib/crm/opportunities/change-opportunity-stage.ts): probability of the stage, forecast
 * closed, a stage-history row, the stage's checklist tasks, an audit entry. An empty expected
 * close date becomes today, the day it was won.
 */
export async function winOpportunityInTx(tx: Tx, actor: Actor, input: { opportunityId: string; amount: number; currencyCode: string; today: string }): Promise<void> {
  const current = await tx.opportunity.findUnique({
    where: { id: input.opportunityId },
    select: { id: true, stageId: true, ownerId: true, teamId: true, probabilityBp: true, forecastCategory: true, lostReason: true, contactId: true, amount: true, currencyCode: true, expectedCloseDate: true, source: true, competitors: true, nextStep: true },
  });
  if (!current) return;
  const stage = await tx.pipelineStage.findFirst({ where: { kind: "won", active: true }, orderBy: [{ position: "asc" }, { id: "asc" }], select: STAGE_SELECT });
  if (!stage) throw new AppError("quotes.noWonStage");
  // Opportunity amounts are 32-bit; a larger deal must not be silently cut.
  if (input.amount > MAX_INT32) throw new AppError("quotes.opportunityAmount");
  const expectedCloseDate = current.expectedCloseDate || input.today;
  try {
    assertCanEnter(stage, { ...current, amount: input.amount, expectedCloseDate, lostReason: "" });
  } catch (error) {
    if (error instanceof FieldError) throw new AppError("quotes.opportunityFields", { field: error.field });
    throw error;
  }
  const after = { stageId: stage.id, probabilityBp: stage.defaultProbabilityBp, forecastCategory: "closed", lostReason: "", amount: input.amount, currencyCode: input.currencyCode, expectedCloseDate };
  await tx.opportunity.update({ where: { id: current.id }, data: after, select: { id: true } });
  if (current.stageId !== stage.id) {
    await tx.opportunityStageChange.create({ data: { opportunityId: current.id, fromStageId: current.stageId, toStageId: stage.id, changedById: actor.id } });
    await createStageTasks(tx, { id: current.id, stageId: stage.id, ownerId: current.ownerId, teamId: current.teamId });
  }
  const before = { stageId: current.stageId, probabilityBp: current.probabilityBp, forecastCategory: current.forecastCategory, amount: current.amount, currencyCode: current.currencyCode, expectedCloseDate: current.expectedCloseDate };
  await writeAudit(tx, { actor, action: "stage", entityType: "Opportunity", entityId: current.id, before, after });
}
