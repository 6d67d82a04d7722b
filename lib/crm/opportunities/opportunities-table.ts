import "server-only";
import { z } from "zod";
import type { Prisma } from "@/lib/db/generated/sqlite/client";
import { containsText } from "@/lib/db/provider";
import { RATINGS } from "@/lib/domain/pipeline";
import { defineTable, filter, type TableParams } from "@/lib/table/params";

// The opportunities list's URL contract, shared by the page and the CSV export.
export const OPPORTUNITIES_TABLE = defineTable({
  sortable: ["name", "amount", "probabilityBp", "expectedCloseDate", "updatedAt"],
  defaultSort: "expectedCloseDate",
  defaultDir: "asc",
  filters: {
    stage: filter.id(),
    owner: filter.id(),
    // A team and every team below it (see lib/crm/team-filter.ts).
    team: filter.id(),
    account: filter.id(),
    rating: filter.oneOf(RATINGS),
    // Expected close month, YYYY-MM.
    month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/),
  },
});

export type OpportunitiesParams = TableParams<(typeof OPPORTUNITIES_TABLE.sortable)[number], typeof OPPORTUNITIES_TABLE.filters>;

/**
 * Filters → Prisma where (the caller adds the scope). Only conditions that are set are added.
 * `teamIds` is the team filter resolved to its subtree (teamFilterIds), null when not filtered.
 */
export function opportunitiesWhere(params: Pick<OpportunitiesParams, "q" | "filters">, teamIds: string[] | null = null): Prisma.OpportunityWhereInput {
  const and: Prisma.OpportunityWhereInput[] = [];
  const { stage, owner, account, rating, month } = params.filters;
  if (stage) and.push({ stageId: stage });
  if (owner) and.push({ ownerId: owner });
  if (teamIds) and.push({ teamId: { in: teamIds } });
  if (account) and.push({ accountId: account });
  if (rating) and.push({ rating });
  if (month) and.push({ expectedCloseDate: { startsWith: `${month}-` } });
  if (params.q) and.push({ OR: [{ name: containsText(params.q) }, { account: { name: containsText(params.q) } }] });
  return { AND: and };
}

export function opportunitiesOrderBy(params: Pick<OpportunitiesParams, "sort" | "dir">): Prisma.OpportunityOrderByWithRelationInput[] {
  return [{ [params.sort]: params.dir }, { id: "asc" }];
}
