import "server-only";
import type { Prisma } from "@/lib/db/generated/sqlite/client";
import { containsText } from "@/lib/db/provider";
import { ACCOUNT_STATUSES, ACCOUNT_TYPES, REGIONS } from "@/lib/domain/crm";
import { defineTable, filter, type TableParams } from "@/lib/table/params";

// The accounts list's URL contract, shared by the page and the CSV export so both show the same rows.
export const ACCOUNTS_TABLE = defineTable({
  sortable: ["code", "name", "type", "region", "status", "creditLimit", "updatedAt"],
  defaultSort: "name",
  defaultDir: "asc",
  filters: {
    type: filter.oneOf(ACCOUNT_TYPES),
    owner: filter.id(),
    status: filter.oneOf(ACCOUNT_STATUSES),
    region: filter.oneOf(REGIONS),
  },
});

export type AccountsParams = TableParams<(typeof ACCOUNTS_TABLE.sortable)[number], typeof ACCOUNTS_TABLE.filters>;

/** Filters → Prisma where (the caller adds the scope). Only conditions that are set are added. */
export function accountsWhere(params: Pick<AccountsParams, "q" | "filters">): Prisma.AccountWhereInput {
  const and: Prisma.AccountWhereInput[] = [];
  const { type, owner, status, region } = params.filters;
  if (type) and.push({ type });
  if (owner) and.push({ ownerId: owner });
  if (status) and.push({ status });
  if (region) and.push({ region });
  if (params.q) and.push({ OR: [{ name: containsText(params.q) }, { code: containsText(params.q) }, { taxId: containsText(params.q) }] });
  return { AND: and };
}

export function accountsOrderBy(params: Pick<AccountsParams, "sort" | "dir">): Prisma.AccountOrderByWithRelationInput[] {
  return [{ [params.sort]: params.dir }, { id: "asc" }];
}
