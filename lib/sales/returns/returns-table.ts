import "server-only";
import type { Prisma } from "@/lib/db/generated/sqlite/client";
import { containsText } from "@/lib/db/provider";
import { defineTable, filter, type TableParams } from "@/lib/table/params";

export const RETURN_STATUSES = ["draft", "posted", "cancelled"] as const;

// The returns list's URL contract.
export const RETURNS_TABLE = defineTable({
  sortable: ["returnDate", "number", "createdAt"],
  defaultSort: "returnDate",
  defaultDir: "desc",
  filters: {
    status: filter.oneOf(RETURN_STATUSES),
    credited: filter.oneOf(["yes", "no"]),
    account: filter.id(),
    delivery: filter.id(),
    from: filter.day(),
    to: filter.day(),
  },
});

export type ReturnsParams = TableParams<(typeof RETURNS_TABLE.sortable)[number], typeof RETURNS_TABLE.filters>;

export function returnsWhere(params: Pick<ReturnsParams, "q" | "filters">): Prisma.SalesReturnWhereInput {
  const and: Prisma.SalesReturnWhereInput[] = [];
  const { status, credited, account, delivery, from, to } = params.filters;
  if (status) and.push({ status });
  if (credited === "yes") and.push({ creditNoteId: { not: null } });
  if (credited === "no") and.push({ creditNoteId: null });
  if (account) and.push({ accountId: account });
  if (delivery) and.push({ deliveryId: delivery });
  if (from) and.push({ returnDate: { gte: from } });
  if (to) and.push({ returnDate: { lte: to } });
  if (params.q) {
    const q = containsText(params.q);
    and.push({ OR: [{ number: q }, { account: { name: q } }, { delivery: { number: q } }, { reason: q }] });
  }
  return { AND: and };
}

export function returnsOrderBy(params: Pick<ReturnsParams, "sort" | "dir">): Prisma.SalesReturnOrderByWithRelationInput[] {
  return [{ [params.sort]: params.dir }, { id: params.dir }];
}
