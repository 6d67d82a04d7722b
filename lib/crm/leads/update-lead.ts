import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { loadScope } from "@/lib/auth/load-scope";
import { assertCan } from "@/lib/auth/permissions";
import { changedFields, writeAudit } from "@/lib/audit/write-audit";
import { transact } from "@/lib/db/transact";
import { NotFoundError } from "@/lib/errors";
import type { LeadUpdateInput } from "@/lib/validation/leads";
import { assertAssignable, assignableOwnerWhere } from "../crm-scope";
import { assertLeadWritable, leadScopeWhere, leadValues } from "./lead-values";

/** Edits a lead in the actor's scope; an empty owner keeps the current one. Converted leads refuse. */
export async function updateLead({ actor, input }: { actor: Actor; input: LeadUpdateInput }): Promise<{ id: string; changed: boolean }> {
  assertCan(actor, "crm.manage");
  const scope = await loadScope(actor);
  const assignable = await assignableOwnerWhere(actor);
  return transact(async (tx) => {
    const current = await tx.lead.findFirst({
      where: { AND: [{ id: input.id }, leadScopeWhere(scope)] },
      select: {
        personName: true, company: true, title: true, email: true, phone: true, region: true, province: true, city: true, industry: true,
        source: true, campaign: true, rating: true, score: true, notes: true, ownerId: true, teamId: true, status: true,
      },
    });
    if (!current) throw new NotFoundError();
    assertLeadWritable(current.status);
    const ownerId = input.ownerId ?? current.ownerId;
    const teamId = ownerId === current.ownerId ? current.teamId : (await assertAssignable(tx, assignable, ownerId, "ownerId")).teamId;
    const values = { ...leadValues(input), ownerId, teamId };
    const { status, ...currentValues } = current;
    const diff = changedFields(currentValues, values);
    if (Object.keys(diff.after).length === 0) return { id: input.id, changed: false };
    // Conditional on the status read above: a convert committed in between wins, this edit refuses.
    const updated = await tx.lead.updateMany({ where: { id: input.id, status }, data: values });
    if (updated.count !== 1) assertLeadWritable("converted");
    await writeAudit(tx, { actor, action: "update", entityType: "Lead", entityId: input.id, before: diff.before, after: diff.after });
    return { id: input.id, changed: true };
  });
}
