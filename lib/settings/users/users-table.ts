import "server-only";
import { ROLES } from "@/lib/auth/roles";
import type { Prisma } from "@/lib/db/generated/sqlite/client";
import { containsText } from "@/lib/db/provider";
import { defineTable, filter, type TableParams } from "@/lib/table/params";

// The users list's URL contract, shared by the page and the CSV export so both show the same rows.
export const USERS_TABLE = defineTable({
  sortable: ["name", "email", "role", "locale", "active", "lastLoginAt", "createdAt"],
  defaultSort: "name",
  defaultDir: "asc",
  filters: {
    role: filter.oneOf(ROLES),
    // A team id, or "none" for users without a team.
    team: filter.id(),
    status: filter.oneOf(["active", "inactive"] as const),
  },
});

export type UsersParams = TableParams<(typeof USERS_TABLE.sortable)[number], typeof USERS_TABLE.filters>;

/** Filters → Prisma where. Only conditions that are set are added (an undefined one would match all). */
export function usersWhere(params: Pick<UsersParams, "q" | "filters">): Prisma.UserWhereInput {
  const and: Prisma.UserWhereInput[] = [];
  const { role, team, status } = params.filters;
  if (role) and.push({ role });
  if (team === "none") and.push({ teamId: null });
  else if (team) and.push({ teamId: team });
  if (status) and.push({ active: status === "active" });
  if (params.q) and.push({ OR: [{ name: containsText(params.q) }, { email: containsText(params.q) }] });
  return { AND: and };
}

/** Sort plus id as a tie-breaker, so paging is stable when many rows share a value. */
export function usersOrderBy(params: Pick<UsersParams, "sort" | "dir">): Prisma.UserOrderByWithRelationInput[] {
  return [{ [params.sort]: params.dir }, { id: "asc" }];
}
