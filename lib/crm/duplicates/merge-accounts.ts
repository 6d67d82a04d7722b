import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { loadScope } from "@/lib/auth/load-scope";
import { assertCan } from "@/lib/auth/permissions";
import { writeAudit } from "@/lib/audit/write-audit";
import type { Tx } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/errors";
import { lockRows, transact } from "@/lib/db/transact";
import { AppError, FieldError, NotFoundError } from "@/lib/errors";
import type { MergeInput } from "@/lib/validation/duplicates";
import { accountScopeWhere, assertAssignable, assignableOwnerWhere } from "../crm-scope";
import { ACCOUNT_MERGE_FIELDS, chooseValues } from "./merge-fields";
import { writeMergeRedirect } from "./merge-redirect";

const ACCOUNT_MERGE_SELECT = {
  id: true,
  code: true,
  name: true,
  type: true,
  industry: true,
  region: true,
  province: true,
  city: true,
  billingAddress: true,
  shippingAddress: true,
  taxId: true,
  ownerId: true,
  paymentTermsDays: true,
  creditLimit: true,
  priceListId: true,
  tags: true,
  status: true,
  splits: { select: { userId: true, percentBp: true } },
} as const;

export type MergeOutcome = { survivorId: string; moved: Record<string, number> };

/**
 * Moves the merged account's split owners onto the survivor where they fit: not the owner, not
 * already a split owner, and the total stays ≤ 100 %. Returns the splits that did not fit.
 */
async function moveSplits(tx: Tx, survivorId: string, ownerId: string, survivorSplits: { userId: string; percentBp: number }[], mergedSplits: { userId: string; percentBp: number }[]) {
  // The final owner holds the account outright: a split of theirs would double count.
  await tx.accountOwnerSplit.deleteMany({ where: { accountId: survivorId, userId: ownerId } });
  const kept = survivorSplits.filter((s) => s.userId !== ownerId);
  let total = kept.reduce((sum, s) => sum + s.percentBp, 0);
  const taken = new Set([ownerId, ...kept.map((s) => s.userId)]);
  const dropped: { userId: string; percentBp: number }[] = [];
  for (const split of mergedSplits) {
    if (taken.has(split.userId) || total + split.percentBp > 10000) {
      dropped.push(split);
      continue;
    }
    await tx.accountOwnerSplit.create({ data: { accountId: survivorId, userId: split.userId, percentBp: split.percentBp } });
    taken.add(split.userId);
    total += split.percentBp;
  }
  return dropped;
}

/**
 * Merges account `mergedId` into `survivorId` in one transaction: the survivor takes the chosen
 * value per field; contacts, opportunities, activities, service cases, converted-lead links and
 * split owners move to it; the merged account is deleted and redirects to the survivor. Both
 * must be in the actor's scope (else NotFound, so existence does not leak).
 */
export async function mergeAccounts({ actor, input }: { actor: Actor; input: MergeInput }): Promise<MergeOutcome> {
  assertCan(actor, "crm.manage");
  if (input.survivorId === input.mergedId) throw new AppError("duplicates.sameRecord");
  const scope = await loadScope(actor);
  const assignable = await assignableOwnerWhere(actor);
  try {
    return await transact(async (tx) => {
      // Lock both in id order so two opposite merges cannot deadlock or both succeed.
      await lockRows(tx, "Account", [input.survivorId, input.mergedId].sort());
      const find = (id: string) => tx.account.findFirst({ where: { AND: [{ id }, accountScopeWhere(scope)] }, select: ACCOUNT_MERGE_SELECT });
      const survivor = await find(input.survivorId);
      const merged = await find(input.mergedId);
      if (!survivor || !merged) throw new NotFoundError();
      const values = chooseValues(ACCOUNT_MERGE_FIELDS, survivor, merged, input.choices);
      // A new owner must be one the actor may assign; keeping the survivor's needs no right.
      const owner = values.ownerId === survivor.ownerId
        ? await tx.user.findUniqueOrThrow({ where: { id: values.ownerId }, select: { teamId: true } })
        : await assertAssignable(tx, assignable, values.ownerId, "ownerId");

      const from = { accountId: merged.id };
      const to = { accountId: survivor.id };
      // Survivor keeps its primary contact; the merged account's primary becomes ordinary.
      const survivorHasPrimary = (await tx.contact.count({ where: { accountId: survivor.id, isPrimary: true } })) > 0;
      if (survivorHasPrimary) await tx.contact.updateMany({ where: { ...from, isPrimary: true }, data: { isPrimary: false } });
      const moved = {
        contacts: (await tx.contact.updateMany({ where: from, data: to })).count,
        opportunities: (await tx.opportunity.updateMany({ where: from, data: to })).count,
        activities: (await tx.activity.updateMany({ where: from, data: to })).count,
        serviceCases: (await tx.serviceCase.updateMany({ where: from, data: to })).count,
        convertedLeads: (await tx.lead.updateMany({ where: { convertedAccountId: merged.id }, data: { convertedAccountId: survivor.id } })).count,
      };
      const dropped = await moveSplits(tx, survivor.id, values.ownerId, survivor.splits, merged.splits);
      // Deleted before the update so the survivor may take the merged account's code.
      await tx.account.delete({ where: { id: merged.id } });
      await tx.account.update({ where: { id: survivor.id }, data: { ...values, teamId: owner.teamId }, select: { id: true } });
      // Contacts mirror their account's owner (scopes filter on it).
      await tx.contact.updateMany({ where: { accountId: survivor.id, ownerId: { not: values.ownerId } }, data: { ownerId: values.ownerId } });
      await writeMergeRedirect(tx, "account", merged.id, survivor.id, actor.id);
      await writeAudit(tx, {
        actor,
        action: "merge",
        entityType: "Account",
        entityId: survivor.id,
        before: { survivor, merged },
        after: { ...values, mergedId: merged.id, mergedCode: merged.code, moved, droppedSplits: dropped },
      });
      return { survivorId: survivor.id, moved: { ...moved, splits: merged.splits.length - dropped.length } };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new FieldError("code", "crm.codeTaken");
    throw error;
  }
}
