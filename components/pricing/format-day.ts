type DateFormatter = { dateTime: (value: Date, options: { dateStyle: "medium"; timeZone: string }) => string };

/**
 * A YYYY-MM-DD day for people, in their locale (next-intl's formatter, client or server).
 * Formatted at UTC noon in UTC so the day never shifts, whatever zone anything runs in.
 */
export function formatDay(format: DateFormatter, day: string): string {
  return format.dateTime(new Date(`${day}T12:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });
}
