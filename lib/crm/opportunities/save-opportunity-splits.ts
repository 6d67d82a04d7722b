import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { loadScope } from "@/lib/auth/load-scope";
import { assertCan } from "@/lib/auth/permissions";
import { writeAudit } from "@/lib/audit/write-audit";
import { transact } from "@/lib/db/transact";
import { NotFoundError } from "@/lib/errors";
import type { OpportunitySplitsInput } from "@/lib/validation/opportunity";
import { assignableOwnerWhere } from "../crm-scope";
import { assertSplits } from "../owner-splits";
import { opportunityScopeWhere } from "./opportunity-values";

/**
 * Replaces the split owners of an opportunity (credit shared with the owner, ≤ 100 % in all).
 * Split owners see the opportunity like its owner does; commissions and forecasts will credit them.
 */
export async function saveOpportunitySplits({ actor, input }: { actor: Actor; input: OpportunitySplitsInput }): Promise<{ id: string; changed: boolean }> {
  assertCan(actor, "crm.manage");
  const assignable = await assignableOwnerWhere(actor);
  const scope = await loadScope(actor);
  return transact(async (tx) => {
    const opportunity = await tx.opportunity.findFirst({
      where: { AND: [{ id: input.id }, opportunityScopeWhere(scope)] },
      select: { id: true, ownerId: true, splits: { select: { userId: true, percentBp: true }, orderBy: { userId: "asc" } } },
    });
    if (!opportunity) throw new NotFoundError();
    await assertSplits(tx, assignable, opportunity.ownerId, input.splits, opportunity.splits.map((s) => s.userId));
    const after = [...input.splits].sort((a, b) => a.userId.localeCompare(b.userId)).map(({ userId, percentBp }) => ({ userId, percentBp }));
    if (JSON.stringify(after) === JSON.stringify(opportunity.splits)) return { id: opportunity.id, changed: false };
    await tx.opportunityOwnerSplit.deleteMany({ where: { opportunityId: opportunity.id } });
    if (after.length) await tx.opportunityOwnerSplit.createMany({ data: after.map((s) => ({ ...s, opportunityId: opportunity.id })) });
    await writeAudit(tx, { actor, action: "update", entityType: "Opportunity", entityId: opportunity.id, before: { splits: opportunity.splits }, after: { splits: after } });
    return { id: opportunity.id, changed: true };
  });
}
