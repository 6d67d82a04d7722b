import "server-only";
import type { Prisma } from "@/lib/db/generated/sqlite/client";
import { containsText } from "@/lib/db/provider";
import { defineTable, filter, type TableParams } from "@/lib/table/params";

// The stock balances list's URL contract (page and CSV export): one row per product × warehouse.
export const BALANCES_TABLE = defineTable({
  sortable: ["sku", "name", "warehouse", "onHand", "reserved"],
  defaultSort: "sku",
  defaultDir: "asc",
  defaultSize: 50,
  filters: {
    warehouse: filter.id(),
    category: filter.id(),
    // "1": hide rows where nothing is on hand or reserved.
    nonzero: filter.oneOf(["1"] as const),
  },
});

export type BalancesParams = TableParams<(typeof BALANCES_TABLE.sortable)[number], typeof BALANCES_TABLE.filters>;

/** Filters → where. `categoryIds` is the chosen category with its descendants (resolved by the caller). */
export function balancesWhere(params: Pick<BalancesParams, "q" | "filters">, categoryIds: string[] | null): Prisma.StockLevelWhereInput {
  const and: Prisma.StockLevelWhereInput[] = [];
  const { warehouse, nonzero } = params.filters;
  if (warehouse) and.push({ warehouseId: warehouse });
  if (categoryIds) and.push({ product: { categoryId: { in: categoryIds } } });
  if (nonzero) and.push({ OR: [{ onHand: { not: 0 } }, { reserved: { not: 0 } }] });
  if (params.q) and.push({ product: { OR: [{ sku: containsText(params.q) }, { nameEn: containsText(params.q) }, { nameZh: containsText(params.q) }] } });
  return { AND: and };
}

/** Sort plus the primary key as tie-breaker; the name sorts in the viewer's language. */
export function balancesOrderBy(params: Pick<BalancesParams, "sort" | "dir">, locale: string): Prisma.StockLevelOrderByWithRelationInput[] {
  const dir = params.dir;
  const first: Prisma.StockLevelOrderByWithRelationInput =
    params.sort === "sku"
      ? { product: { sku: dir } }
      : params.sort === "name"
        ? { product: locale === "zh-CN" ? { nameZh: dir } : { nameEn: dir } }
        : params.sort === "warehouse"
          ? { warehouse: { code: dir } }
          : { [params.sort]: dir };
  return [first, { productId: "asc" }, { warehouseId: "asc" }];
}
