import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { loadScope } from "@/lib/auth/load-scope";
import { assertCan } from "@/lib/auth/permissions";
import { writeAudit } from "@/lib/audit/write-audit";
import { lockRows, transact } from "@/lib/db/transact";
import { AppError, NotFoundError } from "@/lib/errors";
import type { MergeInput } from "@/lib/validation/duplicates";
import { clearOtherPrimaries } from "../contacts/contact-values";
import { contactScopeWhere } from "../crm-scope";
import type { MergeOutcome } from "./merge-accounts";
import { chooseValues, CONTACT_MERGE_FIELDS } from "./merge-fields";
import { writeMergeRedirect } from "./merge-redirect";

const CONTACT_MERGE_SELECT = {
  id: true,
  accountId: true,
  name: true,
  title: true,
  department: true,
  email: true,
  phone: true,
  mobile: true,
  preferredLocale: true,
  isPrimary: true,
  notes: true,
  ownerId: true,
  account: { select: { ownerId: true } },
} as const;

/**
 * Merges contact `mergedId` into `survivorId` in one transaction: chosen values per field;
 * opportunities, activities, service cases and converted-lead links move to the survivor; the
 * merged contact is deleted and redirects. Both contacts must be in the actor's scope.
 */
export async function mergeContacts({ actor, input }: { actor: Actor; input: MergeInput }): Promise<MergeOutcome> {
  assertCan(actor, "crm.manage");
  if (input.survivorId === input.mergedId) throw new AppError("duplicates.sameRecord");
  const scope = await loadScope(actor);
  return transact(async (tx) => {
    await lockRows(tx, "Contact", [input.survivorId, input.mergedId].sort());
    const find = (id: string) => tx.contact.findFirst({ where: { AND: [{ id }, contactScopeWhere(scope)] }, select: CONTACT_MERGE_SELECT });
    const survivor = await find(input.survivorId);
    const merged = await find(input.mergedId);
    if (!survivor || !merged) throw new NotFoundError();
    const values = chooseValues(CONTACT_MERGE_FIELDS, survivor, merged, input.choices);
    // The contact's owner mirrors the account it ends up on (both accounts are in scope: their contacts are).
    const ownerId = values.accountId === survivor.accountId ? survivor.account.ownerId : merged.account.ownerId;

    const from = { contactId: merged.id };
    const to = { contactId: survivor.id };
    const moved = {
      opportunities: (await tx.opportunity.updateMany({ where: from, data: to })).count,
      activities: (await tx.activity.updateMany({ where: from, data: to })).count,
      serviceCases: (await tx.serviceCase.updateMany({ where: from, data: to })).count,
      convertedLeads: (await tx.lead.updateMany({ where: { convertedContactId: merged.id }, data: { convertedContactId: survivor.id } })).count,
    };
    await tx.contact.delete({ where: { id: merged.id } });
    await tx.contact.update({ where: { id: survivor.id }, data: { ...values, ownerId }, select: { id: true } });
    if (values.isPrimary) await clearOtherPrimaries(tx, values.accountId, survivor.id);
    await writeMergeRedirect(tx, "contact", merged.id, survivor.id, actor.id);
    const { account: _survivorAccount, ...survivorValues } = survivor;
    const { account: _mergedAccount, ...mergedValues } = merged;
    await writeAudit(tx, {
      actor,
      action: "merge",
      entityType: "Contact",
      entityId: survivor.id,
      before: { survivor: survivorValues, merged: mergedValues },
      after: { ...values, ownerId, mergedId: merged.id, moved },
    });
    return { survivorId: survivor.id, moved };
  });
}
