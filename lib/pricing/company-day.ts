// Price-list validity and exchange rates are by calendar day in the company's time zone
// (CARRACK_TIME_ZONE, Asia/Shanghai by default — the zone the UI shows dates in), never by UTC
// day: at 07:00 on 1 April in Shanghai it is still 31 March in UTC.
//
// Storage: PriceList.validFrom/validTo hold the instant the day BEGINS in that zone; the pure
// pricing code compares YYYY-MM-DD text (lib/domain/pricing.ts). ExchangeRate.rateDate is the
// YYYY-MM-DD text itself.
import { appTimeZone, startOfDay } from "@/lib/table/day-range";

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The calendar day (YYYY-MM-DD) an instant falls on in the company's zone. */
export function companyDay(at: Date = new Date(), timeZone = appTimeZone()): string {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
    formatters.set(timeZone, format);
  }
  return format.format(at);
}

/** The stored form of a validity day: the instant it begins in the company's zone. */
export function dayToInstant(day: string, timeZone = appTimeZone()): Date {
  return startOfDay(day, timeZone);
}

/** A stored validity instant back to its day (null stays null). */
export function instantToDay(at: Date | null, timeZone = appTimeZone()): string | null {
  return at === null ? null : companyDay(at, timeZone);
}

/** A caller's date: a YYYY-MM-DD day as is, an instant as its day in the company's zone. */
export function asCompanyDay(date: Date | string): string {
  return typeof date === "string" ? date : companyDay(date);
}
