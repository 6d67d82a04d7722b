// The numbering year is the calendar year in the company's time zone (the one dates are shown
// in), so a document dated just after midnight on 1 January in Shanghai starts the new series
// even though it is still 31 December in UTC.
const TIME_ZONE = process.env.CARRACK_TIME_ZONE ?? "Asia/Shanghai";
const YEAR = new Intl.DateTimeFormat("en-US", { timeZone: TIME_ZONE, year: "numeric" });

export function documentYear(date: Date): number {
  return Number(YEAR.format(date));
}
