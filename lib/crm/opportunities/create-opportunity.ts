import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { loadScope } from "@/lib/auth/load-scope";
import { assertCan } from "@/lib/auth/permissions";
import { writeAudit } from "@/lib/audit/write-audit";
import { transact } from "@/lib/db/transact";
import type { OpportunityCreateInput } from "@/lib/validation/opportunity";
import { assignableOwnerWhere } from "../crm-scope";
import { opportunityValues } from "./opportunity-values";

/** Creates an opportunity on an account the actor sees; its first stage is recorded in the history. */
export async function createOpportunity({ actor, input }: { actor: Actor; input: OpportunityCreateInput }): Promise<{ id: string }> {
  assertCan(actor, "crm.manage");
  const assignable = await assignableOwnerWhere(actor);
  const scope = await loadScope(actor);
  return transact(async (tx) => {
    const { values } = await opportunityValues(tx, scope, assignable, input);
    const created = await tx.opportunity.create({ data: values, select: { id: true } });
    await tx.opportunityStageChange.create({ data: { opportunityId: created.id, fromStageId: null, toStageId: values.stageId, changedById: actor.id } });
    await writeAudit(tx, { actor, action: "create", entityType: "Opportunity", entityId: created.id, after: values });
    return created;
  });
}
