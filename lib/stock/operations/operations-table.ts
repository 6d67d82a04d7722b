import "server-only";
import type { Prisma } from "@/lib/db/generated/sqlite/client";
import { containsText } from "@/lib/db/provider";
import { defineTable, filter, type TableParams } from "@/lib/table/params";
import { STOCK_OPERATION_TYPES } from "../stock-types";

// The stock operations list's URL contract.
export const OPERATIONS_TABLE = defineTable({
  sortable: ["postedAt", "number", "type"],
  defaultSort: "postedAt",
  defaultDir: "desc",
  filters: {
    type: filter.oneOf(STOCK_OPERATION_TYPES),
    // Either end of a transfer counts as "in this warehouse".
    warehouse: filter.id(),
    // Operations that moved this product (linked from the stock card).
    product: filter.id(),
  },
});

export type OperationsParams = TableParams<(typeof OPERATIONS_TABLE.sortable)[number], typeof OPERATIONS_TABLE.filters>;

export function operationsWhere(params: Pick<OperationsParams, "q" | "filters">): Prisma.StockOperationWhereInput {
  const and: Prisma.StockOperationWhereInput[] = [];
  const { type, warehouse, product } = params.filters;
  if (type) and.push({ type });
  if (warehouse) and.push({ OR: [{ warehouseId: warehouse }, { toWarehouseId: warehouse }] });
  if (product) and.push({ moves: { some: { productId: product } } });
  if (params.q) and.push({ OR: [{ number: containsText(params.q) }, { supplierRef: containsText(params.q) }, { note: containsText(params.q) }] });
  return { AND: and };
}

export function operationsOrderBy(params: Pick<OperationsParams, "sort" | "dir">): Prisma.StockOperationOrderByWithRelationInput[] {
  return [{ [params.sort]: params.dir }, { id: params.dir }];
}
