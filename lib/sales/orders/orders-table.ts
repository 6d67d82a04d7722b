import "server-only";
import type { Prisma } from "@/lib/db/generated/sqlite/client";
import { containsText } from "@/lib/db/provider";
import { defineTable, filter, type TableParams } from "@/lib/table/params";
import { PHASES, phaseWhere } from "./order-phase";

// The sales orders list's URL contract, shared by the page and the CSV export.
export const ORDERS_TABLE = defineTable({
  sortable: ["number", "orderDate", "totalBase", "createdAt"],
  defaultSort: "createdAt",
  defaultDir: "desc",
  filters: {
    phase: filter.oneOf(PHASES),
    hold: filter.oneOf(["1"]),
    owner: filter.id(),
    account: filter.id(),
  },
});

export type OrdersParams = TableParams<(typeof ORDERS_TABLE.sortable)[number], typeof ORDERS_TABLE.filters>;

/** Filters → Prisma where (the caller adds the scope). Only conditions that are set are added. */
export function ordersWhere(params: Pick<OrdersParams, "q" | "filters">): Prisma.SalesOrderWhereInput {
  const and: Prisma.SalesOrderWhereInput[] = [];
  const { phase, hold, owner, account } = params.filters;
  if (phase) and.push(phaseWhere(phase));
  if (hold) and.push({ creditHold: true });
  if (owner) and.push({ ownerId: owner });
  if (account) and.push({ accountId: account });
  if (params.q) and.push({ OR: [{ number: containsText(params.q) }, { customerReference: containsText(params.q) }, { account: { name: containsText(params.q) } }] });
  return { AND: and };
}

export function ordersOrderBy(params: Pick<OrdersParams, "sort" | "dir">): Prisma.SalesOrderOrderByWithRelationInput[] {
  return [{ [params.sort]: params.dir }, { id: "asc" }];
}
