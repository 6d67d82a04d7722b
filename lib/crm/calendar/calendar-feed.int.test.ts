import ICAL from "ical.js";
import { beforeEach, describe, expect, it } from "vitest";
import { GET } from "@/app/calendar/[file]/route";
import { db } from "@/lib/db/client";
import { activityInput } from "@/lib/testing/activity-factories";
import { createActor, createCompany } from "@/lib/testing/factories";
import { createActivity } from "../activities/create-activity";
import { calendarFeedPath, tokenFromFileName } from "./calendar-token";
import { generateCalendarFeed, hasCalendarFeed, removeCalendarFeed } from "./save-calendar-feed";

beforeEach(async () => {
  await createCompany();
});

async function fetchFeed(token: string) {
  const path = calendarFeedPath(token);
  const file = path.split("/").pop()!;
  return GET(new Request(`http://carrack.test${path}`), { params: Promise.resolve({ file }) });
}

const inDays = (days: number, time = "10:00") => {
  const d = new Date(Date.now() + days * 86_400_000 + 8 * 3_600_000).toISOString().slice(0, 10);
  return `${d}T${time}`;
};

describe("calendar feed", () => {
  it("serves the owner's dated activities as iCalendar that ical.js parses, with stable UIDs and alarms", async () => {
    const rep = await createActor("sales", { locale: "en" });
    const other = await createActor("sales");
    const meeting = await createActivity({ actor: rep, input: activityInput({ type: "meeting", subject: "Plant tour", dueAt: inDays(3, "14:00"), endAt: inDays(3, "15:30"), location: "Suzhou plant", remindMinutes: 30 }) });
    const call = await createActivity({ actor: rep, input: activityInput({ type: "call", subject: "Logged call", dueAt: inDays(-2), done: true }) });
    await createActivity({ actor: rep, input: activityInput({ subject: "Too old", dueAt: inDays(-40) }) });
    await createActivity({ actor: rep, input: activityInput({ subject: "No date" }) });
    await createActivity({ actor: other, input: activityInput({ subject: "Someone else's", dueAt: inDays(1) }) });

    expect(await hasCalendarFeed({ actor: rep })).toBe(false);
    const { token } = await generateCalendarFeed({ actor: rep });
    expect(tokenFromFileName(`${token}.ics`)).toBe(token);
    expect(await hasCalendarFeed({ actor: rep })).toBe(true);
    // Only the hash is stored.
    const stored = await db.user.findUniqueOrThrow({ where: { id: rep.id }, select: { calendarTokenHash: true } });
    expect(stored.calendarTokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored.calendarTokenHash).not.toContain(token);

    const response = await fetchFeed(token);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    const text = await response.text();
    const calendar = new ICAL.Component(ICAL.parse(text));
    const events = calendar.getAllSubcomponents("vevent");
    const byUid = new Map(events.map((e) => [String(e.getFirstPropertyValue("uid")), e]));
    expect([...byUid.keys()].sort()).toEqual([`${call.id}@carrack`, `${meeting.id}@carrack`].sort());
    const tour = new ICAL.Event(byUid.get(`${meeting.id}@carrack`)!);
    expect(tour.summary).toBe("Meeting: Plant tour");
    expect(tour.location).toBe("Suzhou plant");
    expect(tour.endDate.toJSDate().getTime() - tour.startDate.toJSDate().getTime()).toBe(90 * 60_000);
    const row = await db.activity.findUniqueOrThrow({ where: { id: meeting.id } });
    expect(tour.startDate.toJSDate().getTime()).toBe(row.dueAt!.getTime());
    expect(byUid.get(`${meeting.id}@carrack`)!.getFirstPropertyValue("dtstamp")).toBeTruthy();
    expect(byUid.get(`${meeting.id}@carrack`)!.getFirstPropertyValue("last-modified")).toBeTruthy();
    expect(byUid.get(`${meeting.id}@carrack`)!.getAllSubcomponents("valarm")).toHaveLength(1);
    expect(byUid.get(`${call.id}@carrack`)!.getAllSubcomponents("valarm")).toHaveLength(0);

    // The same UIDs on the next fetch (calendar apps update events in place).
    const again = new ICAL.Component(ICAL.parse(await (await fetchFeed(token)).text()));
    expect(again.getAllSubcomponents("vevent").map((e) => String(e.getFirstPropertyValue("uid"))).sort()).toEqual([...byUid.keys()].sort());
  });

  it("regenerating revokes the old URL, removing revokes the new one; malformed and unknown tokens are 404", async () => {
    const rep = await createActor("sales");
    const first = await generateCalendarFeed({ actor: rep });
    const second = await generateCalendarFeed({ actor: rep });
    expect(second.token).not.toBe(first.token);
    expect((await fetchFeed(first.token)).status).toBe(404);
    expect((await fetchFeed(second.token)).status).toBe(200);
    expect((await removeCalendarFeed({ actor: rep })).changed).toBe(true);
    expect((await fetchFeed(second.token)).status).toBe(404);
    expect((await removeCalendarFeed({ actor: rep })).changed).toBe(false);
    const bad = await GET(new Request("http://carrack.test/calendar/nope.ics"), { params: Promise.resolve({ file: "nope.ics" }) });
    expect(bad.status).toBe(404);

    // A deactivated user's feed stops too.
    const third = await generateCalendarFeed({ actor: rep });
    await db.user.update({ where: { id: rep.id }, data: { active: false } });
    expect((await fetchFeed(third.token)).status).toBe(404);
  });
});
