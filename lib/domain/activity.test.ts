import { describe, expect, it } from "vitest";
import { addDays, calendarGrid, isDay, isLocalDateTime, reminderFor, weekdayIndex } from "./activity";
import { instantToLocal, localToInstant } from "./time-zone";

describe("wall times", () => {
  it("round-trips a wall time through an instant in the zone", () => {
    const at = localToInstant("2026-12-01T09:30", "Asia/Shanghai");
    expect(at.toISOString()).toBe("2026-12-01T01:30:00.000Z");
    expect(instantToLocal(at, "Asia/Shanghai")).toBe("2026-12-01T09:30");
    // Across a daylight-saving change.
    expect(localToInstant("2026-07-01T09:00", "Europe/Berlin").toISOString()).toBe("2026-07-01T07:00:00.000Z");
    expect(localToInstant("2026-01-01T09:00", "Europe/Berlin").toISOString()).toBe("2026-01-01T08:00:00.000Z");
  });

  it("accepts only real datetime-local values", () => {
    expect(isLocalDateTime("2026-12-01T09:30")).toBe(true);
    for (const bad of ["2026-02-30T10:00", "2026-12-01 09:30", "2026-12-01T24:00", "2026-12-01T09:60", "", "tomorrow"]) expect(isLocalDateTime(bad), bad).toBe(false);
    expect(isDay("2026-02-28")).toBe(true);
    expect(isDay("2026-02-29")).toBe(false);
  });
});

describe("calendar grid", () => {
  it("a month covers whole Monday-first weeks and links to the neighbouring months", () => {
    const grid = calendarGrid("month", "2026-11-17");
    expect(grid.days[0]).toBe("2026-10-26");
    expect(grid.days.at(-1)).toBe("2026-12-06");
    expect(grid.days.length % 7).toBe(0);
    expect(grid.prev).toBe("2026-10-01");
    expect(grid.next).toBe("2026-12-01");
    expect(calendarGrid("month", "2026-01-05").prev).toBe("2025-12-01");
  });

  it("a week is Monday to Sunday around the day", () => {
    const grid = calendarGrid("week", "2026-12-03");
    expect(grid.days).toEqual(["2026-11-30", "2026-12-01", "2026-12-02", "2026-12-03", "2026-12-04", "2026-12-05", "2026-12-06"]);
    expect(grid.prev).toBe("2026-11-23");
    expect(grid.next).toBe("2026-12-07");
    expect(weekdayIndex("2026-12-06")).toBe(6);
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
  });
});

describe("reminders", () => {
  it("an explicit reminder time wins over minutes before the due time", () => {
    const due = new Date("2026-12-01T01:30:00Z");
    expect(reminderFor(due, null, 15)?.toISOString()).toBe("2026-12-01T01:15:00.000Z");
    expect(reminderFor(due, new Date("2026-11-30T00:00:00Z"), 15)?.toISOString()).toBe("2026-11-30T00:00:00.000Z");
    expect(reminderFor(null, null, 15)).toBeNull();
    expect(reminderFor(due, null, null)).toBeNull();
  });
});
