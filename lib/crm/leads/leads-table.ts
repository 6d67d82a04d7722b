import "server-only";
import type { Prisma } from "@/lib/db/generated/sqlite/client";
import { containsText } from "@/lib/db/provider";
import { LEAD_RATINGS, LEAD_SOURCES, LEAD_STATUSES } from "@/lib/domain/leads";
import { defineTable, filter, type TableParams } from "@/lib/table/params";

// The leads list's URL contract, shared by the page and the CSV export so both show the same rows.
export const LEADS_TABLE = defineTable({
  sortable: ["number", "personName", "company", "status", "rating", "score", "source", "createdAt"],
  defaultSort: "createdAt",
  defaultDir: "desc",
  filters: {
    status: filter.oneOf(LEAD_STATUSES),
    rating: filter.oneOf(LEAD_RATINGS),
    source: filter.oneOf(LEAD_SOURCES),
    owner: filter.id(),
  },
});

export type LeadsParams = TableParams<(typeof LEADS_TABLE.sortable)[number], typeof LEADS_TABLE.filters>;

/** Filters → Prisma where (the caller adds the scope). Only conditions that are set are added. */
export function leadsWhere(params: Pick<LeadsParams, "q" | "filters">): Prisma.LeadWhereInput {
  const and: Prisma.LeadWhereInput[] = [];
  const { status, rating, source, owner } = params.filters;
  if (status) and.push({ status });
  if (rating) and.push({ rating });
  if (source) and.push({ source });
  if (owner) and.push({ ownerId: owner });
  if (params.q) {
    const q = containsText(params.q);
    and.push({ OR: [{ number: q }, { personName: q }, { company: q }, { email: q }, { phone: q }] });
  }
  return { AND: and };
}

export function leadsOrderBy(params: Pick<LeadsParams, "sort" | "dir">): Prisma.LeadOrderByWithRelationInput[] {
  return [{ [params.sort]: params.dir }, { id: "asc" }];
}
