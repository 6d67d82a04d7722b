import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { loadScope } from "@/lib/auth/load-scope";
import { assertCan } from "@/lib/auth/permissions";
import type { Scope } from "@/lib/auth/scope";
import { writeAudit } from "@/lib/audit/write-audit";
import type { Tx } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/sqlite/client";
import { transact } from "@/lib/db/transact";
import type { OpportunityCreateInput } from "@/lib/validation/opportunity";
import { createStageTasks } from "../activities/create-stage-tasks";
import { assignableOwnerWhere } from "../crm-scope";
import { opportunityValues } from "./opportunity-values";

/** Creates an opportunity on an account the actor sees; its first stage is recorded in the history and
 * its checklist tasks are created for the owner. */
export async function createOpportunity({ actor, input }: { actor: Actor; input: OpportunityCreateInput }): Promise<{ id: string }> {
  assertCan(actor, "crm.manage");
  const assignable = await assignableOwnerWhere(actor);
  const scope = await loadScope(actor);
  return transact((tx) => insertOpportunity(tx, actor, scope, assignable, input));
}

/** The opportunity insert inside the caller's transaction (lead conversion reuses it). */
export async function insertOpportunity(tx: Tx, actor: Actor, scope: Scope, assignable: Prisma.UserWhereInput, input: OpportunityCreateInput): Promise<{ id: string }> {
  const { values } = await opportunityValues(tx, scope, assignable, input);
  const created = await tx.opportunity.create({ data: values, select: { id: true } });
  await tx.opportunityStageChange.create({ data: { opportunityId: created.id, fromStageId: null, toStageId: values.stageId, changedById: actor.id } });
  await createStageTasks(tx, { id: created.id, stageId: values.stageId, ownerId: values.ownerId, teamId: values.teamId });
  await writeAudit(tx, { actor, action: "create", entityType: "Opportunity", entityId: created.id, after: values });
  return created;
}
