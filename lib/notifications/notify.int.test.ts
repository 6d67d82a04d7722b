import { describe, expect, it } from "vitest";
import { db, dbKind } from "@/lib/db/client";
import { transact } from "@/lib/db/transact";
import { EmailPayload } from "@/lib/email/email-payload";
import { createUser } from "@/lib/testing/factories";
import { notificationText } from "./notification-text";
import { notify } from "./notify";

describe(`notify on ${dbKind}`, () => {
  it("writes an in-app notification and queues an email in the user's language, once per dedupe key", async () => {
    const rep = await createUser({ role: "sales", locale: "zh-CN" });
    const due = new Date("2026-12-01T02:30:00.000Z");
    const send = () =>
      transact((tx) =>
        notify(tx, {
          userId: rep.id,
          kind: "activity_due",
          messageKey: "activityDue",
          values: { subject: "回访客户", due },
          link: "/app/crm/accounts/abc",
          email: { dedupeKey: `test:${rep.id}` },
        }),
      );
    await send();
    await send();

    const rows = await db.notification.findMany({ where: { userId: rep.id } });
    expect(rows).toHaveLength(2); // the bell shows each call; the email goes once
    expect(rows[0]).toMatchObject({ kind: "activity_due", messageKey: "activityDue", link: "/app/crm/accounts/abc", readAt: null });
    const zh = notificationText("zh-CN", rows[0].messageKey, rows[0].values);
    expect(zh).toContain("回访客户");
    expect(zh).toContain("2026"); // a formatted date, not "{due}"
    expect(zh).toContain("10:30"); // Asia/Shanghai
    expect(notificationText("en", rows[0].messageKey, rows[0].values)).toMatch(/^Reminder: 回访客户 is due Dec 1, 2026/);

    const emails = await db.outboxMessage.findMany({ where: { dedupeKey: `test:${rep.id}` } });
    expect(emails).toHaveLength(1);
    const payload = EmailPayload.parse(JSON.parse(emails[0].payload));
    expect(payload.to).toEqual([rep.email]);
    expect(payload.subject).toBe(zh);
    expect(payload.text).toContain("/app/crm/accounts/abc");
    expect(payload.text).toContain("查看全部通知");
  });

  it("rolls back with the caller, skips inactive users and drops links to other sites", async () => {
    const gone = await createUser({ active: false });
    const rep = await createUser();
    await expect(
      transact(async (tx) => {
        await notify(tx, { userId: rep.id, kind: "x", messageKey: "test", values: { text: "rolled back" }, email: true });
        throw new Error("abort");
      }),
    ).rejects.toThrow("abort");
    expect(await db.notification.count({ where: { userId: rep.id } })).toBe(0);
    expect(await db.outboxMessage.count({ where: { payload: { contains: rep.email } } })).toBe(0);

    expect(await transact((tx) => notify(tx, { userId: gone.id, kind: "x", messageKey: "test", values: { text: "t" }, email: true }))).toBeNull();
    expect(await db.notification.count({ where: { userId: gone.id } })).toBe(0);

    for (const link of ["https://evil.example", "//evil.example", "/\\evil.example"]) {
      await transact((tx) => notify(tx, { userId: rep.id, kind: "x", messageKey: "test", values: { text: link }, link }));
    }
    expect((await db.notification.findMany({ where: { userId: rep.id } })).map((n) => n.link)).toEqual(["", "", ""]);
  });

  it("renders an unknown message key as the key instead of failing", () => {
    expect(notificationText("en", "gone.away", "{}")).toBe("gone.away");
    expect(notificationText("xx", "test", '{"text":"hi"}')).toBe("测试通知：hi");
  });
});
