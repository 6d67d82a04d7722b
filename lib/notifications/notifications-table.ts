import "server-only";
import type { Prisma } from "@/lib/db/generated/sqlite/client";
import { containsText } from "@/lib/db/provider";
import { defineTable, filter, type TableParams } from "@/lib/table/params";

export const NOTIFICATION_STATES = ["unread", "read"] as const;

// The notifications list's URL contract.
export const NOTIFICATIONS_TABLE = defineTable({
  sortable: ["createdAt"],
  defaultSort: "createdAt",
  defaultDir: "desc",
  filters: { state: filter.oneOf(NOTIFICATION_STATES), kind: filter.token() },
});

export type NotificationsParams = TableParams<(typeof NOTIFICATIONS_TABLE.sortable)[number], typeof NOTIFICATIONS_TABLE.filters>;

/** Always the reader's own notifications; the text is rendered per reader, so search looks at the values. */
export function notificationsWhere(userId: string, params: Pick<NotificationsParams, "q" | "filters">): Prisma.NotificationWhereInput {
  const and: Prisma.NotificationWhereInput[] = [{ userId }];
  if (params.filters.state === "unread") and.push({ readAt: null });
  if (params.filters.state === "read") and.push({ readAt: { not: null } });
  if (params.filters.kind) and.push({ kind: params.filters.kind });
  if (params.q) and.push({ values: containsText(params.q) });
  return { AND: and };
}
