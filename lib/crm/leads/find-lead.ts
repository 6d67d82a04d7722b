import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { crmScope } from "../crm-scope";
import { leadScopeWhere } from "./lead-values";

/**
 * One lead with its owner, enquiry product and converted records; NotFound outside the actor's
 * scope. Converted records are linked only when the reader may see them.
 */
export async function findLead({ actor, id }: { actor: Actor; id: string }) {
  const scope = await crmScope(actor);
  const lead = await db.lead.findFirst({
    where: { AND: [{ id }, leadScopeWhere(scope)] },
    select: {
      id: true, number: true, personName: true, company: true, title: true, email: true, phone: true, region: true, province: true, city: true,
      industry: true, source: true, campaign: true, ownerId: true, rating: true, score: true, notes: true, status: true, disqualifyReason: true,
      configuration: true, message: true, convertedAt: true, createdAt: true, updatedAt: true,
      owner: { select: { id: true, name: true } },
      product: { select: { id: true, sku: true, nameZh: true, nameEn: true } },
      convertedAccount: { select: { id: true, name: true, code: true } },
      convertedContact: { select: { id: true, name: true } },
      convertedOpportunity: { select: { id: true, name: true } },
    },
  });
  if (!lead) throw new NotFoundError();
  return lead;
}

export type LeadDetail = Awaited<ReturnType<typeof findLead>>;

/** The lead's own audit entries (create, edits, status changes, conversion), newest first. */
export async function findLeadHistory({ actor, id, take = 30 }: { actor: Actor; id: string; take?: number }) {
  const lead = await findLead({ actor, id });
  return db.auditEntry.findMany({
    where: { entityType: "Lead", entityId: lead.id },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take,
    select: { id: true, at: true, action: true, actorEmail: true, before: true, after: true },
  });
}
