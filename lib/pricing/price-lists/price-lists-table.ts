import "server-only";
import type { Prisma } from "@/lib/db/generated/sqlite/client";
import { containsText } from "@/lib/db/provider";
import { defineTable, filter, type TableParams } from "@/lib/table/params";

// The price lists list's URL contract (page and tests share it).
export const PRICE_LISTS_TABLE = defineTable({
  sortable: ["name", "currencyCode", "taxInclusive", "validFrom", "validTo", "isDefault", "isPublic", "active", "createdAt"],
  defaultSort: "name",
  defaultDir: "asc",
  filters: {
    currency: filter.token(),
    status: filter.oneOf(["active", "inactive"] as const),
    tax: filter.oneOf(["inclusive", "exclusive"] as const),
  },
});

export type PriceListsParams = TableParams<(typeof PRICE_LISTS_TABLE.sortable)[number], typeof PRICE_LISTS_TABLE.filters>;

/** Filters → Prisma where; only conditions that are set (an undefined one would match all). */
export function priceListsWhere(params: Pick<PriceListsParams, "q" | "filters">): Prisma.PriceListWhereInput {
  const and: Prisma.PriceListWhereInput[] = [];
  const { currency, status, tax } = params.filters;
  if (currency) and.push({ currencyCode: currency.toUpperCase() });
  if (status) and.push({ active: status === "active" });
  if (tax) and.push({ taxInclusive: tax === "inclusive" });
  if (params.q) and.push({ name: containsText(params.q) });
  return { AND: and };
}

export function priceListsOrderBy(params: Pick<PriceListsParams, "sort" | "dir">): Prisma.PriceListOrderByWithRelationInput[] {
  return [{ [params.sort]: params.dir }, { id: "asc" }];
}
