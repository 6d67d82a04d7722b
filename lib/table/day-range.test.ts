import { describe, expect, it } from "vitest";
import { dayRange, endOfDayExclusive, startOfDay } from "./day-range";

describe("day filters in the company's time zone", () => {
  it("a Shanghai day starts at 16:00 UTC the day before", () => {
    expect(startOfDay("2026-03-01", "Asia/Shanghai").toISOString()).toBe("2026-02-28T16:00:00.000Z");
    expect(endOfDayExclusive("2026-03-01", "Asia/Shanghai").toISOString()).toBe("2026-03-01T16:00:00.000Z");
  });

  it("handles daylight-saving days", () => {
    // Berlin switches to summer time on 2026-03-29: that day starts at 23:00 UTC the day before (CET).
    expect(startOfDay("2026-03-29", "Europe/Berlin").toISOString()).toBe("2026-03-28T23:00:00.000Z");
    expect(startOfDay("2026-03-30", "Europe/Berlin").toISOString()).toBe("2026-03-29T22:00:00.000Z");
  });

  it("builds only the bounds that are set", () => {
    expect(dayRange(undefined, undefined)).toBeUndefined();
    expect(Object.keys(dayRange("2026-01-01", undefined) ?? {})).toEqual(["gte"]);
    expect(Object.keys(dayRange(undefined, "2026-01-01") ?? {})).toEqual(["lt"]);
  });
});
