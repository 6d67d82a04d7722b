// Date filters are calendar days in the company's time zone (the same zone the UI formats in),
// so "from 2026-03-01" means midnight in Shanghai, not midnight UTC.

/** The zone dates are shown and filtered in; lib/i18n/request.ts reads the same variable. */
export function appTimeZone(): string {
  return process.env.CARRACK_TIME_ZONE ?? "Asia/Shanghai";
}

function zoneOffsetMs(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const wall = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  return wall - Math.floor(instant / 1000) * 1000;
}

/** The instant a calendar day (YYYY-MM-DD) begins in `timeZone`. */
export function startOfDay(day: string, timeZone = appTimeZone()): Date {
  const utcMidnight = Date.parse(`${day}T00:00:00Z`);
  const offset = zoneOffsetMs(utcMidnight, timeZone);
  let instant = utcMidnight - offset;
  // Across a daylight-saving change the offset at the guess differs from the one at the answer.
  const corrected = zoneOffsetMs(instant, timeZone);
  if (corrected !== offset) instant = utcMidnight - corrected;
  return new Date(instant);
}

/** The instant the day after `day` begins: the exclusive end of an inclusive "to" filter. */
export function endOfDayExclusive(day: string, timeZone = appTimeZone()): Date {
  const next = new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  return startOfDay(next, timeZone);
}

/** A Prisma range filter for [from, to] in whole days, or undefined when neither is set. */
export function dayRange(from: string | undefined, to: string | undefined): { gte?: Date; lt?: Date } | undefined {
  if (!from && !to) return undefined;
  return { ...(from ? { gte: startOfDay(from) } : {}), ...(to ? { lt: endOfDayExclusive(to) } : {}) };
}
