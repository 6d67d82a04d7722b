import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { pageWindow } from "@/lib/table/params";
import { accountScopeWhere, crmScope, findOwnerOptions } from "../crm-scope";
import { teamFilterIds, teamFilterOptions } from "../team-filter";
import { opportunitiesOrderBy, opportunitiesWhere, type OpportunitiesParams } from "./opportunities-table";
import { opportunityScopeWhere } from "./opportunity-values";

export const OPPORTUNITY_LIST_SELECT = {
  id: true,
  name: true,
  amount: true,
  currencyCode: true,
  probabilityBp: true,
  expectedCloseDate: true,
  rating: true,
  forecastCategory: true,
  updatedAt: true,
  account: { select: { id: true, name: true } },
  stage: { select: { id: true, nameZh: true, nameEn: true, kind: true } },
  owner: { select: { id: true, name: true } },
} as const;

/** One page of the opportunities the actor may see. */
export async function findOpportunities({ actor, params }: { actor: Actor; params: OpportunitiesParams }) {
  const scope = await crmScope(actor);
  const where = { AND: [opportunityScopeWhere(scope), opportunitiesWhere(params, await teamFilterIds(params.filters.team))] };
  const total = await db.opportunity.count({ where });
  const { page, skip, take } = pageWindow(params, total);
  const rows = await db.opportunity.findMany({ where, orderBy: opportunitiesOrderBy(params), skip, take, select: OPPORTUNITY_LIST_SELECT });
  return { rows, total, page };
}

export type OpportunityListRow = Awaited<ReturnType<typeof findOpportunities>>["rows"][number];

/** The same filter and scope for the CSV export, read in id-ordered keyset batches. */
export async function findOpportunitiesBatch({ actor, params, cursor, take }: { actor: Actor; params: OpportunitiesParams; cursor: string | null; take: number }) {
  const scope = await crmScope(actor);
  const and = [opportunityScopeWhere(scope), opportunitiesWhere(params, await teamFilterIds(params.filters.team))];
  if (cursor) and.push({ id: { gt: cursor } });
  return db.opportunity.findMany({ where: { AND: and }, orderBy: { id: "asc" }, take, select: OPPORTUNITY_LIST_SELECT });
}

/** The filter choices: stages in order, owners appearing in the actor's opportunities, and the teams in scope. */
export async function findOpportunityFilterOptions({ actor }: { actor: Actor }) {
  const scope = await crmScope(actor);
  const [stages, owners, teams] = await Promise.all([
    db.pipelineStage.findMany({ orderBy: [{ position: "asc" }, { id: "asc" }], select: { id: true, nameZh: true, nameEn: true, kind: true, active: true, defaultProbabilityBp: true } }),
    db.user.findMany({ where: { ownedOpportunities: { some: opportunityScopeWhere(scope) } }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
    teamFilterOptions(scope),
  ]);
  return { stages, owners, teams };
}

const ACCOUNT_OPTION_SELECT = { id: true, name: true, contacts: { select: { id: true, name: true }, orderBy: [{ isPrimary: "desc" as const }, { name: "asc" as const }] } };

/**
 * What the opportunity form offers: accounts and their contacts, owners, enabled currencies,
 * active stages. The account list is bounded (first 1,000 by name); `includeAccountId` (the
 * preselected or current account) is always in it when the actor may see it, however far down
 * the alphabet it sorts.
 */
export async function findOpportunityFormOptions({ actor, includeAccountId }: { actor: Actor; includeAccountId?: string }) {
  const scope = await crmScope(actor);
  const [accounts, owners, currencies, stages, company] = await Promise.all([
    db.account.findMany({ where: accountScopeWhere(scope), select: ACCOUNT_OPTION_SELECT, orderBy: [{ name: "asc" }, { id: "asc" }], take: 1000 }),
    findOwnerOptions({ actor }),
    db.currency.findMany({ where: { enabled: true }, select: { code: true }, orderBy: { code: "asc" } }),
    db.pipelineStage.findMany({ orderBy: [{ position: "asc" }, { id: "asc" }], select: { id: true, nameZh: true, nameEn: true, kind: true, active: true, defaultProbabilityBp: true } }),
    db.company.findUnique({ where: { id: "company" }, select: { baseCurrency: true } }),
  ]);
  if (includeAccountId && !accounts.some((a) => a.id === includeAccountId)) {
    const extra = await db.account.findFirst({ where: { AND: [{ id: includeAccountId }, accountScopeWhere(scope)] }, select: ACCOUNT_OPTION_SELECT });
    if (extra) accounts.unshift(extra);
  }
  return { accounts, owners, currencies: currencies.map((c) => c.code), stages, baseCurrency: company?.baseCurrency ?? "CNY" };
}

export type OpportunityFormOptions = Awaited<ReturnType<typeof findOpportunityFormOptions>>;
