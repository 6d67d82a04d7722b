import "server-only";
import ical, { ICalAlarmType } from "ical-generator";
import { db } from "@/lib/db/client";
import { isLocale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import { absoluteUrl } from "@/lib/public-catalog/urls";
import { hashCalendarToken } from "./calendar-token";

const DAY = 86_400_000;
/** The feed covers 30 days back to a year ahead, at most this many activities. */
const MAX_EVENTS = 5000;
/** An activity without an end or duration shows as this long. */
const DEFAULT_MINUTES = 30;

/** The active user a feed token belongs to, or null (unknown or revoked token, inactive user). */
export async function findFeedOwner(token: string) {
  return db.user.findFirst({ where: { calendarTokenHash: hashCalendarToken(token), active: true }, select: { id: true, name: true, locale: true } });
}

/**
 * The owner's dated activities as iCalendar: one VEVENT per activity with a stable UID (the
 * activity id), DTSTAMP, LAST-MODIFIED, and a VALARM when a reminder is set.
 */
export async function renderCalendarFeed({ owner, baseUrl, now = new Date() }: { owner: { id: string; name: string; locale: string }; baseUrl: string; now?: Date }): Promise<string> {
  const activities = await db.activity.findMany({
    where: { ownerId: owner.id, dueAt: { gte: new Date(now.getTime() - 30 * DAY), lt: new Date(now.getTime() + 365 * DAY) } },
    orderBy: [{ dueAt: "asc" }, { id: "asc" }],
    take: MAX_EVENTS,
    select: {
      id: true, type: true, subject: true, description: true, dueAt: true, endAt: true, allDay: true, durationMinutes: true, location: true, done: true, remindAt: true,
      createdAt: true, updatedAt: true, account: { select: { name: true } }, contact: { select: { name: true } }, opportunity: { select: { name: true } }, lead: { select: { personName: true } },
    },
  });
  const messages = messagesFor(isLocale(owner.locale) ? owner.locale : "zh-CN").activities;
  const calendar = ical({ name: `Carrack · ${owner.name}`, prodId: { company: "Carrack", product: "activities", language: owner.locale === "en" ? "EN" : "ZH" }, ttl: 15 * 60 });
  for (const a of activities) {
    const start = a.dueAt!;
    const end = a.endAt ?? new Date(start.getTime() + (a.durationMinutes || DEFAULT_MINUTES) * 60_000);
    const type = messages.types[a.type as keyof typeof messages.types] ?? a.type;
    const about = [a.opportunity?.name, a.contact?.name, a.account?.name, a.lead?.personName].filter(Boolean).join(" · ");
    const event = calendar.createEvent({
      id: `${a.id}@carrack`,
      start,
      end,
      allDay: a.allDay,
      summary: `${a.done ? "✓ " : ""}${type}: ${a.subject}`,
      description: [about, a.description].filter(Boolean).join("\n\n") || null,
      location: a.location || null,
      url: absoluteUrl(baseUrl, `/app/crm/activities/${a.id}`),
      stamp: now,
      created: a.createdAt,
      lastModified: a.updatedAt,
    });
    if (a.remindAt && !a.done) event.createAlarm({ type: ICalAlarmType.display, trigger: a.remindAt, description: a.subject });
  }
  return calendar.toString();
}
