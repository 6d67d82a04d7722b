import "server-only";
import type { Prisma } from "@/lib/db/generated/sqlite/client";
import { containsText } from "@/lib/db/provider";
import { defineTable, filter, type TableParams } from "@/lib/table/params";

export const OUTBOX_STATUSES = ["pending", "sent", "dead"] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

// The outbox admin list's URL contract.
export const OUTBOX_TABLE = defineTable({
  sortable: ["createdAt", "nextAttemptAt", "attempts", "sentAt"],
  defaultSort: "createdAt",
  defaultDir: "desc",
  filters: { kind: filter.token(), status: filter.oneOf(OUTBOX_STATUSES) },
});

export type OutboxParams = TableParams<(typeof OUTBOX_TABLE.sortable)[number], typeof OUTBOX_TABLE.filters>;

export function outboxWhere(params: Pick<OutboxParams, "q" | "filters">): Prisma.OutboxMessageWhereInput {
  const and: Prisma.OutboxMessageWhereInput[] = [];
  if (params.filters.kind) and.push({ kind: params.filters.kind });
  if (params.filters.status) and.push({ status: params.filters.status });
  if (params.q) and.push({ OR: [{ id: params.q }, { event: containsText(params.q) }, { dedupeKey: containsText(params.q) }, { lastError: containsText(params.q) }] });
  return { AND: and };
}
