import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { writeAudit } from "@/lib/audit/write-audit";
import type { Tx } from "@/lib/db/client";
import { transact } from "@/lib/db/transact";
import { nextDocumentNumber } from "@/lib/settings/numbering/next-document-number";
import type { LeadCreateInput } from "@/lib/validation/leads";
import { assertAssignable, assignableOwnerWhere } from "../crm-scope";
import { assignLeadOwner } from "./assign-lead-owner";
import { leadValues } from "./lead-values";
import { notifyLeadOwner } from "./notify-lead-owner";

/**
 * Creates a lead numbered L-2026-00001…; without an owner the assignment rules choose one.
 * Pass `tx` to create it inside the caller's transaction (importers); otherwise it runs in its own.
 */
export async function createLead({ actor, input, tx }: { actor: Actor; input: LeadCreateInput; tx?: Tx }): Promise<{ id: string; number: string; ownerId: string }> {
  assertCan(actor, "crm.manage");
  const work = async (t: Tx) => {
    const owner = input.ownerId
      ? { id: input.ownerId, ...(await assertAssignable(t, await assignableOwnerWhere(actor, t), input.ownerId, "ownerId")) }
      : await assignLeadOwner(t, { region: input.region });
    const values = { ...leadValues(input), ownerId: owner.id, teamId: owner.teamId };
    const number = await nextDocumentNumber(t, "LEAD", new Date());
    const lead = await t.lead.create({ data: { ...values, number }, select: { id: true, number: true, ownerId: true } });
    await writeAudit(t, { actor, action: "create", entityType: "Lead", entityId: lead.id, after: { number, ...values } });
    // Someone else's new lead, chosen by the rules: tell them (in-app; imports would flood email).
    if (!input.ownerId && owner.id !== actor.id) await notifyLeadOwner(t, { userId: owner.id, leadId: lead.id, number, personName: values.personName }, { email: false });
    return lead;
  };
  return tx ? work(tx) : transact(work);
}
