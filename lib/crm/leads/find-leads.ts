import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { pageWindow } from "@/lib/table/params";
import { crmScope } from "../crm-scope";
import { leadsOrderBy, leadsWhere, type LeadsParams } from "./leads-table";
import { leadScopeWhere } from "./lead-values";

export const LEAD_LIST_SELECT = {
  id: true,
  number: true,
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
  status: true,
  rating: true,
  score: true,
  createdAt: true,
  owner: { select: { id: true, name: true } },
} as const;

/** One page of the leads the actor may see. */
export async function findLeads({ actor, params }: { actor: Actor; params: LeadsParams }) {
  const scope = await crmScope(actor);
  const where = { AND: [leadScopeWhere(scope), leadsWhere(params)] };
  const total = await db.lead.count({ where });
  const { page, skip, take } = pageWindow(params, total);
  const rows = await db.lead.findMany({ where, orderBy: leadsOrderBy(params), skip, take, select: LEAD_LIST_SELECT });
  return { rows, total, page };
}

export type LeadListRow = Awaited<ReturnType<typeof findLeads>>["rows"][number];

/** The same filter and scope for the CSV export, read in id-ordered keyset batches. */
export async function findLeadsBatch({ actor, params, cursor, take }: { actor: Actor; params: LeadsParams; cursor: string | null; take: number }) {
  const scope = await crmScope(actor);
  const and = [leadScopeWhere(scope), leadsWhere(params)];
  if (cursor) and.push({ id: { gt: cursor } });
  return db.lead.findMany({ where: { AND: and }, orderBy: { id: "asc" }, take, select: LEAD_LIST_SELECT });
}

/** Owners appearing in the actor's leads, for the owner filter. */
export async function findLeadOwnerOptions({ actor }: { actor: Actor }) {
  const scope = await crmScope(actor);
  return db.user.findMany({ where: { ownedLeads: { some: leadScopeWhere(scope) } }, select: { id: true, name: true }, orderBy: [{ name: "asc" }, { id: "asc" }] });
}
