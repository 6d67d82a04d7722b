import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { FieldError, NotFoundError } from "@/lib/errors";
import { activityInput } from "@/lib/testing/activity-factories";
import { createAccountRow, createContactRow } from "@/lib/testing/crm-factories";
import { createActor, createCompany, createTeam } from "@/lib/testing/factories";
import { createOpportunityRow, createStages } from "@/lib/testing/pipeline-factories";
import { ActivityCreateInput } from "@/lib/validation/activity";
import { findAccountTimeline } from "../accounts/find-account";
import { completeActivity } from "./complete-activity";
import { createActivity } from "./create-activity";
import { deleteActivity } from "./delete-activity";
import { findActivity } from "./find-activity";
import { findAccountActivities, findCalendarActivities, findMyDay, findRelatedActivities } from "./find-activities";
import { updateActivity } from "./update-activity";

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => null,
    (e: unknown) => e,
  );
}

let stages: Awaited<ReturnType<typeof createStages>>;

beforeEach(async () => {
  await createCompany();
  stages = await createStages();
});

async function world() {
  const east = await createTeam();
  const shanghai = await createTeam({ parentId: east.id });
  const south = await createTeam();
  const manager = await createActor("manager");
  await db.team.update({ where: { id: east.id }, data: { managerId: manager.id } });
  const repA = await createActor("sales", { teamId: shanghai.id });
  const repB = await createActor("sales", { teamId: south.id });
  const accountA = await createAccountRow({ ownerId: repA.id, name: "Alpha Activity Co" });
  const accountB = await createAccountRow({ ownerId: repB.id, name: "Beta Activity Co" });
  const contactA = await createContactRow({ accountId: accountA.id, ownerId: repA.id });
  const contactB = await createContactRow({ accountId: accountB.id, ownerId: repB.id });
  const oppA = await createOpportunityRow({ accountId: accountA.id, ownerId: repA.id, stageId: stages.prospecting });
  const oppB = await createOpportunityRow({ accountId: accountB.id, ownerId: repB.id, stageId: stages.prospecting });
  return { manager, repA, repB, accountA, accountB, contactA, contactB, oppA, oppB, shanghai };
}

describe("activity scopes", () => {
  it("rep A gets NotFound on rep B's activity for read, update, complete and delete; the manager sees the team's", async () => {
    const { manager, repA, repB, accountB } = await world();
    const b = await createActivity({ actor: repB, input: activityInput({ subject: "Beta call", type: "call", accountId: accountB.id, done: true, dueAt: "2026-11-30T10:00" }) });
    const before = await db.activity.findUniqueOrThrow({ where: { id: b.id } });

    expect(await rejection(findActivity({ actor: repA, id: b.id }))).toBeInstanceOf(NotFoundError);
    expect(await rejection(updateActivity({ actor: repA, input: { id: b.id, ...activityInput({ subject: "Taken" }) } }))).toBeInstanceOf(NotFoundError);
    expect(await rejection(completeActivity({ actor: repA, input: { id: b.id, done: false } }))).toBeInstanceOf(NotFoundError);
    expect(await rejection(deleteActivity({ actor: repA, input: { id: b.id } }))).toBeInstanceOf(NotFoundError);
    expect(await db.activity.findUniqueOrThrow({ where: { id: b.id } })).toEqual(before);

    // Lists never show it either.
    expect((await findRelatedActivities({ actor: repA, kind: "account", id: accountB.id })).done).toHaveLength(0);
    expect(await findCalendarActivities({ actor: repA, from: new Date("2026-11-01"), to: new Date("2026-12-31"), team: true })).toHaveLength(0);
    expect(await findCalendarActivities({ actor: repA, from: new Date("2026-11-01"), to: new Date("2026-12-31"), ownerId: repB.id })).toHaveLength(0);

    // The manager of rep A's team does not see rep B (another team) either, but sees rep A's.
    const a = await createActivity({ actor: repA, input: activityInput({ subject: "Alpha task", dueAt: "2026-11-30T15:00" }) });
    expect(await rejection(findActivity({ actor: manager, id: b.id }))).toBeInstanceOf(NotFoundError);
    expect((await findActivity({ actor: manager, id: a.id })).subject).toBe("Alpha task");
    const teamCalendar = await findCalendarActivities({ actor: manager, from: new Date("2026-11-01"), to: new Date("2026-12-31"), team: true });
    expect(teamCalendar.map((r) => r.id)).toEqual([a.id]);
  });

  it("cannot relate an activity to rep B's account, contact or opportunity, nor give it to rep B; nothing is written", async () => {
    const { repA, repB, accountB, contactB, oppB } = await world();
    for (const [field, changes] of [
      ["accountId", { accountId: accountB.id }],
      ["contactId", { contactId: contactB.id }],
      ["opportunityId", { opportunityId: oppB.id }],
      ["leadId", { leadId: "no-such-lead" }],
      ["serviceCaseId", { serviceCaseId: "no-such-case" }],
      ["ownerId", { ownerId: repB.id }],
    ] as const) {
      const error = await rejection(createActivity({ actor: repA, input: activityInput(changes) }));
      expect(error, field).toBeInstanceOf(FieldError);
      expect((error as FieldError).field).toBe(field);
    }
    // Moving an own activity onto rep B's account is refused the same way.
    const own = await createActivity({ actor: repA, input: activityInput() });
    const moved = await rejection(updateActivity({ actor: repA, input: { id: own.id, ...activityInput({ accountId: accountB.id }) } }));
    expect((moved as FieldError).field).toBe("accountId");
    expect(await db.activity.count({ where: { ownerId: { in: [repA.id, repB.id] } } })).toBe(1);
    expect(await db.auditEntry.count({ where: { entityType: "Activity", actorId: repA.id } })).toBe(1);
  });

  it("a manager assigns an activity to someone in the team; teamId follows the owner", async () => {
    const { manager, repA, repB, shanghai } = await world();
    const created = await createActivity({ actor: manager, input: activityInput({ ownerId: repA.id }) });
    const row = await db.activity.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.ownerId).toBe(repA.id);
    expect(row.teamId).toBe(shanghai.id);
    const refused = await rejection(createActivity({ actor: manager, input: activityInput({ ownerId: repB.id }) }));
    expect((refused as FieldError).field).toBe("ownerId");
  });
});

describe("activity values", () => {
  it("rejects bad input without writing anything", async () => {
    const { repA } = await world();
    const cases: [Partial<ActivityCreateInput>, string][] = [
      [{ type: "meeting", dueAt: "2026-12-01T10:00", endAt: "2026-12-01T09:00" }, "endAt"],
      [{ type: "meeting", endAt: "2026-12-01T09:00" }, "endAt"],
      [{ remindMinutes: 15 }, "remindMinutes"],
    ];
    for (const [changes, field] of cases) {
      const error = await rejection(createActivity({ actor: repA, input: activityInput(changes) }));
      expect((error as FieldError).field).toBe(field);
    }
    for (const raw of [
      { type: "party", subject: "x" },
      { type: "call", subject: "" },
      { type: "call", subject: "x", dueAt: "2026-02-30T10:00" },
      { type: "call", subject: "x", durationMinutes: "-5" },
      { type: "call", subject: "x", callOutcome: "angry" },
    ]) {
      expect(ActivityCreateInput.safeParse(raw).success, JSON.stringify(raw)).toBe(false);
    }
    expect(await db.activity.count({ where: { ownerId: repA.id } })).toBe(0);
    expect(await db.auditEntry.count({ where: { entityType: "Activity", actorId: repA.id } })).toBe(0);
  });

  it("stores wall times in the company's zone, keeps call fields for calls only, sets the reminder", async () => {
    const { repA, accountA } = await world();
    const parsed = ActivityCreateInput.parse({ type: "call", subject: "Intro", dueAt: "2026-12-01T09:30", durationMinutes: "12", callOutcome: "voicemail", location: "ignored", remindMinutes: "15", accountId: accountA.id });
    const { id } = await createActivity({ actor: repA, input: parsed });
    const row = await db.activity.findUniqueOrThrow({ where: { id } });
    // 09:30 in Shanghai (UTC+8) is 01:30 UTC.
    expect(row.dueAt?.toISOString()).toBe("2026-12-01T01:30:00.000Z");
    expect(row.remindAt?.toISOString()).toBe("2026-12-01T01:15:00.000Z");
    expect(row).toMatchObject({ durationMinutes: 12, callOutcome: "voicemail", location: "", ownerId: repA.id, accountId: accountA.id, done: false });

    // Editing the due time re-arms the reminder (remindedAt cleared); the audit holds the diff.
    await db.activity.update({ where: { id }, data: { remindedAt: new Date() } });
    const edited = await updateActivity({ actor: repA, input: { id, ...parsed, dueAt: "2026-12-02T09:30" } });
    expect(edited.changed).toBe(true);
    const after = await db.activity.findUniqueOrThrow({ where: { id } });
    expect(after.remindAt?.toISOString()).toBe("2026-12-02T01:15:00.000Z");
    expect(after.remindedAt).toBeNull();
    expect((await updateActivity({ actor: repA, input: { id, ...parsed, dueAt: "2026-12-02T09:30" } })).changed).toBe(false);
  });

  it("completes once however many times it is clicked at the same time, reopens, deletes with an audit entry", async () => {
    const { repA } = await world();
    const { id } = await createActivity({ actor: repA, input: activityInput() });
    const results = await Promise.all(Array.from({ length: 8 }, () => completeActivity({ actor: repA, input: { id, done: true } })));
    expect(results.filter((r) => r.changed)).toHaveLength(1);
    expect(await db.auditEntry.count({ where: { entityId: id, action: "complete" } })).toBe(1);
    expect((await db.activity.findUniqueOrThrow({ where: { id } })).doneAt).not.toBeNull();
    await completeActivity({ actor: repA, input: { id, done: false } });
    expect(await db.activity.findUniqueOrThrow({ where: { id } })).toMatchObject({ done: false, doneAt: null });
    await deleteActivity({ actor: repA, input: { id } });
    expect(await db.activity.count({ where: { id } })).toBe(0);
    expect(await db.auditEntry.count({ where: { entityId: id, action: "delete" } })).toBe(1);
    expect(await rejection(deleteActivity({ actor: repA, input: { id } }))).toBeInstanceOf(NotFoundError);
  });
});

describe("activity lists", () => {
  it("My day sorts open activities into overdue, today and the next seven days (company days)", async () => {
    const { repA, repB } = await world();
    // 2026-11-30 11:00 in Shanghai.
    const now = new Date("2026-11-30T03:00:00Z");
    const make = (subject: string, dueAt: string | null, done = false, actor = repA) => createActivity({ actor, input: activityInput({ subject, dueAt, done }) });
    await make("yesterday", "2026-11-29T23:59");
    await make("yesterday done", "2026-11-29T10:00", true);
    await make("early today", "2026-11-30T00:30");
    await make("today done", "2026-11-30T09:00", true);
    await make("tomorrow", "2026-12-01T08:00");
    await make("in a week", "2026-12-07T23:00");
    await make("in eight days", "2026-12-08T00:00");
    await make("someday", null);
    await make("rep B today", "2026-11-30T12:00", false, repB);
    const day = await findMyDay({ actor: repA, now });
    expect(day.day).toBe("2026-11-30");
    expect(day.overdue.map((a) => a.subject)).toEqual(["yesterday"]);
    expect(day.today.map((a) => a.subject)).toEqual(["early today", "today done"]);
    expect(day.upcoming.map((a) => a.subject)).toEqual(["tomorrow", "in a week"]);
    expect(day.undated.map((a) => a.subject)).toEqual(["someday"]);
  });

  it("the account timeline mixes activities of the account, its contacts and its opportunities with the audit entries", async () => {
    const { repA, repB, accountA, contactA, oppA, accountB } = await world();
    await createActivity({ actor: repA, input: activityInput({ subject: "On account", type: "call", done: true, accountId: accountA.id }) });
    await createActivity({ actor: repA, input: activityInput({ subject: "On contact", type: "note", done: true, contactId: contactA.id }) });
    await createActivity({ actor: repA, input: activityInput({ subject: "On opportunity", opportunityId: oppA.id }) });
    await createActivity({ actor: repB, input: activityInput({ subject: "Elsewhere", accountId: accountB.id }) });
    const feed = await findAccountTimeline({ actor: repA, id: accountA.id });
    const subjects = feed.flatMap((e) => (e.kind === "activity" ? [e.activity.subject] : []));
    expect(subjects).toEqual(["On opportunity", "On contact", "On account"]);
    const times = feed.map((e) => e.at.getTime());
    expect([...times].sort((x, y) => y - x)).toEqual(times);
    expect((await findAccountActivities({ actor: repB, accountId: accountA.id })).length).toBe(0);
  });
});
