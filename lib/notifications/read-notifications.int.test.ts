import { describe, expect, it } from "vitest";
import { db, dbKind } from "@/lib/db/client";
import { transact } from "@/lib/db/transact";
import { NotFoundError } from "@/lib/errors";
import { actorFor, createUser } from "@/lib/testing/factories";
import { parseTableParams } from "@/lib/table/params";
import { findBell, findNotifications } from "./find-notifications";
import { markAllNotificationsRead } from "./mark-all-notifications-read";
import { markNotificationRead } from "./mark-notification-read";
import { NOTIFICATIONS_TABLE } from "./notifications-table";
import { notify } from "./notify";

async function note(userId: string, text: string) {
  return (await transact((tx) => notify(tx, { userId, kind: "test", messageKey: "test", values: { text }, link: "/app" })))!;
}

describe(`reading notifications on ${dbKind}`, () => {
  it("each user sees, pages and marks only their own", async () => {
    const a = actorFor(await createUser());
    const b = actorFor(await createUser());
    for (let i = 1; i <= 12; i++) await note(a.id, `a${i}`);
    const theirs = await note(b.id, "b1");

    const bell = await findBell({ actor: a, locale: "en" });
    expect(bell.unread).toBe(12);
    expect(bell.latest).toHaveLength(8);
    expect(bell.latest[0].text).toBe("Test notification: a12");

    const page2 = await findNotifications({ actor: a, locale: "zh-CN", params: parseTableParams(NOTIFICATIONS_TABLE, { page: "2", size: "10" }) });
    expect(page2.total).toBe(12);
    expect(page2.rows.map((r) => r.text)).toEqual(["测试通知：a2", "测试通知：a1"]);

    // B's notification is not A's to read, and A cannot tell it exists.
    await expect(markNotificationRead({ actor: a, input: { id: theirs.id } })).rejects.toBeInstanceOf(NotFoundError);
    await expect(markNotificationRead({ actor: a, input: { id: "no-such-id" } })).rejects.toBeInstanceOf(NotFoundError);
    expect((await db.notification.findUniqueOrThrow({ where: { id: theirs.id } })).readAt).toBeNull();
    expect((await findNotifications({ actor: a, locale: "en", params: parseTableParams(NOTIFICATIONS_TABLE, { q: "b1" }) })).total).toBe(0);

    await markNotificationRead({ actor: a, input: { id: bell.latest[0].id } });
    await markNotificationRead({ actor: a, input: { id: bell.latest[0].id } }); // again: fine
    expect((await findBell({ actor: a, locale: "en" })).unread).toBe(11);
    const unread = await findNotifications({ actor: a, locale: "en", params: parseTableParams(NOTIFICATIONS_TABLE, { state: "unread" }) });
    expect(unread.total).toBe(11);

    expect(await markAllNotificationsRead({ actor: a })).toBe(11);
    expect((await findBell({ actor: a, locale: "en" })).unread).toBe(0);
    expect((await findBell({ actor: b, locale: "en" })).unread).toBe(1);
  });
});
