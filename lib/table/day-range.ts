// Date filters are calendar days in the company's time zone (the same zone the UI formats in),
// so "from 2026-03-01" means midnight in Shanghai, not midnight UTC.
import { localToInstant } from "@/lib/domain/time-zone";

/** The zone dates are shown and filtered in; lib/i18n/request.ts reads the same variable. */
export function appTimeZone(): string {
  return process.env.CARRACK_TIME_ZONE ?? "Asia/Shanghai";
}

/** The instant a calendar day (YYYY-MM-DD) begins in `timeZone`. */
export function startOfDay(day: string, timeZone = appTimeZone()): Date {
  return localToInstant(`${day}T00:00`, timeZone);
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
