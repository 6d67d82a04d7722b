import { describe, expect, it } from "vitest";
import { db, dbKind } from "@/lib/db/client";
import { createUser } from "@/lib/testing/factories";
import { reminderLink, scanReminders } from "./scan-reminders";

const minutes = (n: number) => new Date(Date.now() + n * 60_000);

async function activity(ownerId: string, data: { subject: string; remindAt: Date | null; dueAt?: Date; done?: boolean }) {
  return db.activity.create({ data: { type: "task", ownerId, subject: data.subject, remindAt: data.remindAt, dueAt: data.dueAt ?? null, done: data.done ?? false } });
}

describe(`reminders on ${dbKind}`, () => {
  it("notifies the owner once for each due reminder, even with two scans at once", async () => {
    const rep = await createUser({ locale: "zh-CN" });
    const due = await activity(rep.id, { subject: "给王经理回电话", remindAt: minutes(-5), dueAt: minutes(10) });
    const noDue = await activity(rep.id, { subject: "整理名片", remindAt: minutes(-1) });
    await activity(rep.id, { subject: "future", remindAt: minutes(30) });
    await activity(rep.id, { subject: "finished", remindAt: minutes(-30), done: true });
    await activity(rep.id, { subject: "no reminder", remindAt: null, dueAt: minutes(-30) });

    const counts = await Promise.all([scanReminders(), scanReminders(), scanReminders()]);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(2);

    const notes = await db.notification.findMany({ where: { userId: rep.id }, orderBy: { messageKey: "asc" } });
    expect(notes.map((n) => [n.kind, n.messageKey, n.link])).toEqual([
      ["activity_due", "activityDue", "/app/crm/activities"],
      ["activity_due", "activityReminder", "/app/crm/activities"],
    ]);
    const emails = await db.outboxMessage.findMany({ where: { kind: "email", dedupeKey: { startsWith: "reminder:" } } });
    expect(emails.map((e) => e.dedupeKey).sort()).toEqual(
      [`reminder:${due.id}:${due.remindAt!.toISOString()}`, `reminder:${noDue.id}:${noDue.remindAt!.toISOString()}`].sort(),
    );
    expect(emails.every((e) => e.payload.includes(rep.email))).toBe(true);
    expect((await db.activity.findUniqueOrThrow({ where: { id: due.id } })).remindedAt).not.toBeNull();

    // Nothing left to remind.
    expect(await scanReminders()).toBe(0);

    // Rescheduled (new remindAt, remindedAt cleared): it reminds again, with a new email.
    await db.activity.update({ where: { id: due.id }, data: { remindAt: minutes(-1), remindedAt: null } });
    expect(await scanReminders()).toBe(1);
    expect(await db.notification.count({ where: { userId: rep.id } })).toBe(3);
    expect(await db.outboxMessage.count({ where: { dedupeKey: { startsWith: `reminder:${due.id}:` } } })).toBe(2);
  });

  it("links a reminder to the record it belongs to", () => {
    const none = { opportunityId: null, accountId: null, leadId: null, serviceCaseId: null };
    expect(reminderLink({ ...none, accountId: "a1", opportunityId: "o1" })).toBe("/app/crm/opportunities/o1");
    expect(reminderLink({ ...none, accountId: "a1" })).toBe("/app/crm/accounts/a1");
    expect(reminderLink({ ...none, leadId: "l1" })).toBe("/app/crm/leads/l1");
    expect(reminderLink({ ...none, serviceCaseId: "s1" })).toBe("/app/service/cases/s1");
  });
});
