import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { loadScope } from "@/lib/auth/load-scope";
import { assertCan } from "@/lib/auth/permissions";
import { writeAudit } from "@/lib/audit/write-audit";
import { lockRows, transact } from "@/lib/db/transact";
import { AppError, NotFoundError } from "@/lib/errors";
import type { MergeInput } from "@/lib/validation/duplicates";
import { assertAssignable, assignableOwnerWhere } from "../crm-scope";
import type { MergeOutcome } from "./merge-accounts";
import { chooseValues, LEAD_MERGE_FIELDS } from "./merge-fields";
import { leadScopeWhere } from "../leads/lead-values";
import { writeMergeRedirect } from "./merge-redirect";

const LEAD_MERGE_SELECT = {
  id: true,
  number: true,
  status: true,
  personName: true,
  company: true,
  title: true,
  email: true,
  phone: true,
  region: true,
  province: true,
  city: true,
  industry: true,
  source: true,
  campaign: true,
  ownerId: true,
  rating: true,
  score: true,
  notes: true,
} as const;

/**
 * Merges lead `mergedId` into `survivorId`: chosen values per field, the merged lead's
 * activities move, the merged lead is deleted and redirects. Converted leads are read-only and
 * cannot take part. Both leads must be in the actor's scope.
 */
export async function mergeLeads({ actor, input }: { actor: Actor; input: MergeInput }): Promise<MergeOutcome> {
  assertCan(actor, "crm.manage");
  if (input.survivorId === input.mergedId) throw new AppError("duplicates.sameRecord");
  const scope = await loadScope(actor);
  const assignable = await assignableOwnerWhere(actor);
  return transact(async (tx) => {
    await lockRows(tx, "Lead", [input.survivorId, input.mergedId].sort());
    const find = (id: string) => tx.lead.findFirst({ where: { AND: [{ id }, leadScopeWhere(scope)] }, select: LEAD_MERGE_SELECT });
    const survivor = await find(input.survivorId);
    const merged = await find(input.mergedId);
    if (!survivor || !merged) throw new NotFoundError();
    if (survivor.status === "converted" || merged.status === "converted") throw new AppError("duplicates.leadConverted");
    const values = chooseValues(LEAD_MERGE_FIELDS, survivor, merged, input.choices);
    const owner =
      values.ownerId === survivor.ownerId
        ? await tx.user.findUniqueOrThrow({ where: { id: values.ownerId }, select: { teamId: true } })
        : await assertAssignable(tx, assignable, values.ownerId, "ownerId");
    const moved = { activities: (await tx.activity.updateMany({ where: { leadId: merged.id }, data: { leadId: survivor.id } })).count };
    await tx.lead.delete({ where: { id: merged.id } });
    await tx.lead.update({ where: { id: survivor.id }, data: { ...values, teamId: owner.teamId }, select: { id: true } });
    await writeMergeRedirect(tx, "lead", merged.id, survivor.id, actor.id);
    await writeAudit(tx, { actor, action: "merge", entityType: "Lead", entityId: survivor.id, before: { survivor, merged }, after: { ...values, mergedId: merged.id, mergedNumber: merged.number, moved } });
    return { survivorId: survivor.id, moved };
  });
}
