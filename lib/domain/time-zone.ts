// Wall times in a named zone (the company's, CARRACK_TIME_ZONE) ↔ instants. Pure, unit tested.

/** The zone's offset from UTC (ms) at an instant. */
export function zoneOffsetMs(instant: number, timeZone: string): number {
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

/** A wall time (YYYY-MM-DDTHH:mm) in `timeZone` → the instant. */
export function localToInstant(value: string, timeZone: string): Date {
  const asUtc = Date.parse(`${value}:00Z`);
  const offset = zoneOffsetMs(asUtc, timeZone);
  let instant = asUtc - offset;
  // Across a daylight-saving change the offset at the guess differs from the one at the answer.
  const corrected = zoneOffsetMs(instant, timeZone);
  if (corrected !== offset) instant = asUtc - corrected;
  return new Date(instant);
}

/** An instant → its wall time (YYYY-MM-DDTHH:mm) in `timeZone`, for a `datetime-local` input. */
export function instantToLocal(at: Date, timeZone: string): string {
  const wall = new Date(at.getTime() + zoneOffsetMs(at.getTime(), timeZone));
  return wall.toISOString().slice(0, 16);
}
