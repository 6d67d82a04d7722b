// Activities: types, call outcomes and the calendar arithmetic behind "My day" and the calendar.
// Pure (no I/O), so it is unit tested. Wall times are in the company's zone (appTimeZone()).

export const ACTIVITY_TYPES = ["task", "call", "meeting", "email", "note", "visit"] as const;
export type ActivityType = (typeof ACTIVITY_TYPES)[number];

export const CALL_OUTCOMES = ["connected", "no_answer", "voicemail", "busy", "wrong_number"] as const;
export type CallOutcome = (typeof CALL_OUTCOMES)[number];

/** Types that take place over a span of time somewhere (start, end, location). */
export function hasSpan(type: ActivityType): boolean {
  return type === "meeting" || type === "visit";
}

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** True for a `datetime-local` value (YYYY-MM-DDTHH:mm) naming a real wall time. */
export function isLocalDateTime(value: string): boolean {
  const m = LOCAL.exec(value);
  if (!m) return false;
  const [y, mo, d, h, mi] = m.slice(1).map(Number);
  const date = new Date(Date.UTC(y, mo - 1, d, h, mi));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d && h < 24 && mi < 60 && y >= 1970 && y <= 9999;
}

/** YYYY-MM-DD plus n days (calendar arithmetic on the day itself, no zone involved). */
export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

/** Monday-first weekday index 0..6 of a day. */
export function weekdayIndex(day: string): number {
  return (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;
}

export function isDay(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value;
}

export type CalendarView = "month" | "week";

/**
 * The days a calendar page shows (whole Monday-first weeks) and where its arrows lead:
 * a month shows the weeks covering the month; a week the seven days around `day`.
 */
export function calendarGrid(view: CalendarView, day: string): { days: string[]; first: string; prev: string; next: string; month: string } {
  if (view === "week") {
    const first = addDays(day, -weekdayIndex(day));
    return { days: Array.from({ length: 7 }, (_, i) => addDays(first, i)), first, prev: addDays(first, -7), next: addDays(first, 7), month: day.slice(0, 7) };
  }
  const monthStart = `${day.slice(0, 7)}-01`;
  const [y, m] = monthStart.split("-").map(Number);
  const nextMonth = new Date(Date.UTC(y, m, 1)).toISOString().slice(0, 10);
  const prevMonth = new Date(Date.UTC(y, m - 2, 1)).toISOString().slice(0, 10);
  const first = addDays(monthStart, -weekdayIndex(monthStart));
  const lastDay = addDays(nextMonth, -1);
  const last = addDays(lastDay, 6 - weekdayIndex(lastDay));
  const days: string[] = [];
  for (let d = first; d <= last; d = addDays(d, 1)) days.push(d);
  return { days, first, prev: prevMonth, next: nextMonth, month: monthStart.slice(0, 7) };
}

/** When to remind: an explicit time wins, else N minutes before the due time, else none. */
export function reminderFor(dueAt: Date | null, remindAt: Date | null, minutesBefore: number | null): Date | null {
  if (remindAt) return remindAt;
  if (minutesBefore === null || !dueAt) return null;
  return new Date(dueAt.getTime() - minutesBefore * 60_000);
}
