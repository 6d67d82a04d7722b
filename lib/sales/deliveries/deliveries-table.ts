import "server-only";
import type { Prisma } from "@/lib/db/generated/sqlite/client";
import { containsText } from "@/lib/db/provider";
import { defineTable, filter, type TableParams } from "@/lib/table/params";

export const DELIVERY_STATUSES = ["draft", "posted", "cancelled"] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

// The deliveries list's URL contract, shared by the page, the CSV export and the tests.
export const DELIVERIES_TABLE = defineTable({
  sortable: ["deliveryDate", "number", "createdAt"],
  defaultSort: "deliveryDate",
  defaultDir: "desc",
  filters: {
    status: filter.oneOf(DELIVERY_STATUSES),
    receipt: filter.oneOf(["yes", "no"]),
    account: filter.id(),
    order: filter.id(),
    from: filter.day(),
    to: filter.day(),
  },
});

export type DeliveriesParams = TableParams<(typeof DELIVERIES_TABLE.sortable)[number], typeof DELIVERIES_TABLE.filters>;

/** Search and filters; the caller ANDs the actor's scope in. Days are the delivery's own day text. */
export function deliveriesWhere(params: Pick<DeliveriesParams, "q" | "filters">): Prisma.DeliveryWhereInput {
  const and: Prisma.DeliveryWhereInput[] = [];
  const { status, receipt, account, order, from, to } = params.filters;
  if (status) and.push({ status });
  if (receipt === "yes") and.push({ receivedDate: { not: null } });
  if (receipt === "no") and.push({ receivedDate: null });
  if (account) and.push({ accountId: account });
  if (order) and.push({ lines: { some: { orderLine: { orderId: order } } } });
  if (from) and.push({ deliveryDate: { gte: from } });
  if (to) and.push({ deliveryDate: { lte: to } });
  if (params.q) {
    const q = containsText(params.q);
    and.push({ OR: [{ number: q }, { account: { name: q } }, { trackingNumber: q }, { carrier: q }, { lines: { some: { orderLine: { order: { number: q } } } } }] });
  }
  return { AND: and };
}

export function deliveriesOrderBy(params: Pick<DeliveriesParams, "sort" | "dir">): Prisma.DeliveryOrderByWithRelationInput[] {
  return [{ [params.sort]: params.dir }, { id: params.dir }];
}
