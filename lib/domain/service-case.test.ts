import { describe, expect, it } from "vitest";
import { canMove, isFinished, isReopen, lastMonths, monthOf, nextMonthStart, nextStatuses, statusTimestamps, today, topCounts } from "./service-case";

describe("service case status machine", () => {
  it("allows the forward path, quick resolve and reopening only", () => {
    expect(canMove("open", "in_progress")).toBe(true);
    expect(canMove("open", "resolved")).toBe(true);
    expect(canMove("in_progress", "resolved")).toBe(true);
    expect(canMove("resolved", "closed")).toBe(true);
    expect(canMove("resolved", "in_progress")).toBe(true);
    expect(canMove("closed", "in_progress")).toBe(true);
    expect(canMove("open", "closed")).toBe(false);
    expect(canMove("in_progress", "open")).toBe(false);
    expect(canMove("closed", "resolved")).toBe(false);
    expect(canMove("bogus", "open")).toBe(false);
    expect(nextStatuses("resolved")).toEqual(["closed", "in_progress"]);
    expect(isReopen("closed", "in_progress")).toBe(true);
    expect(isReopen("open", "in_progress")).toBe(false);
    expect([isFinished("resolved"), isFinished("closed"), isFinished("in_progress")]).toEqual([true, true, false]);
  });

  it("stamps and clears the resolved/closed timestamps", () => {
    const now = new Date("2026-05-01T00:00:00Z");
    const earlier = new Date("2026-04-01T00:00:00Z");
    expect(statusTimestamps("resolved", { resolvedAt: null, closedAt: null }, now)).toEqual({ resolvedAt: now, closedAt: null });
    expect(statusTimestamps("closed", { resolvedAt: earlier, closedAt: null }, now)).toEqual({ resolvedAt: earlier, closedAt: now });
    expect(statusTimestamps("closed", { resolvedAt: null, closedAt: null }, now)).toEqual({ resolvedAt: now, closedAt: now });
    expect(statusTimestamps("in_progress", { resolvedAt: earlier, closedAt: now }, now)).toEqual({ resolvedAt: null, closedAt: null });
  });
});

describe("month buckets", () => {
  it("uses the company's zone for the month of an instant and for today", () => {
    // 2026-01-31 17:00 UTC is already February 1st in Shanghai.
    const instant = new Date("2026-01-31T17:00:00Z");
    expect(monthOf(instant, "Asia/Shanghai")).toBe("2026-02");
    expect(monthOf(instant, "UTC")).toBe("2026-01");
    expect(today(instant, "Asia/Shanghai")).toBe("2026-02-01");
  });

  it("lists the last n months across a year boundary, oldest first", () => {
    expect(lastMonths(new Date("2026-02-10T00:00:00Z"), 4, "UTC")).toEqual(["2025-11", "2025-12", "2026-01", "2026-02"]);
    expect(lastMonths(new Date("2026-11-30T00:00:00Z"), 12, "UTC")).toHaveLength(12);
    expect(lastMonths(new Date("2026-11-30T00:00:00Z"), 12, "UTC")[0]).toBe("2025-12");
    expect(nextMonthStart("2026-12")).toBe("2027-01-01");
    expect(nextMonthStart("2026-02")).toBe("2026-03-01");
  });

  it("keeps the largest counts, ties by key", () => {
    expect(topCounts([{ key: "b", count: 2 }, { key: "a", count: 2 }, { key: "c", count: 5 }, { key: "d", count: 1 }], 3)).toEqual([
      { key: "c", count: 5 },
      { key: "a", count: 2 },
      { key: "b", count: 2 },
    ]);
  });
});
