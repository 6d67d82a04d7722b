import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { pageWindow } from "@/lib/table/params";
import { notificationText } from "./notification-text";
import { notificationsWhere, type NotificationsParams } from "./notifications-table";

export type NotificationRow = { id: string; kind: string; text: string; link: string; createdAt: string; read: boolean };

const SELECT = { id: true, kind: true, messageKey: true, values: true, link: true, createdAt: true, readAt: true } as const;

function toRow(locale: string, n: { id: string; kind: string; messageKey: string; values: string; link: string; createdAt: Date; readAt: Date | null }): NotificationRow {
  return { id: n.id, kind: n.kind, text: notificationText(locale, n.messageKey, n.values), link: n.link, createdAt: n.createdAt.toISOString(), read: n.readAt !== null };
}

/** One page of the actor's own notifications, rendered in `locale` (the language the page shows). */
export async function findNotifications({ actor, params, locale }: { actor: Actor; params: NotificationsParams; locale: string }) {
  const where = notificationsWhere(actor.id, params);
  const total = await db.notification.count({ where });
  const { page, skip, take } = pageWindow(params, total);
  const rows = await db.notification.findMany({ where, orderBy: [{ createdAt: params.dir }, { id: params.dir }], skip, take, select: SELECT });
  return { rows: rows.map((n) => toRow(locale, n)), total, page };
}

export type Bell = { unread: number; latest: NotificationRow[] };

/** What the bell in the top bar shows: the unread count and the latest few. */
export async function findBell({ actor, locale, take = 8 }: { actor: Actor; locale: string; take?: number }): Promise<Bell> {
  const [unread, latest] = await Promise.all([
    db.notification.count({ where: { userId: actor.id, readAt: null } }),
    db.notification.findMany({ where: { userId: actor.id }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take, select: SELECT }),
  ]);
  return { unread, latest: latest.map((n) => toRow(locale, n)) };
}

/** The kinds the actor has, for the list's filter. */
export async function findNotificationKinds({ actor }: { actor: Actor }): Promise<string[]> {
  const rows = await db.notification.findMany({ where: { userId: actor.id }, distinct: ["kind"], select: { kind: true }, orderBy: { kind: "asc" } });
  return rows.map((r) => r.kind);
}
