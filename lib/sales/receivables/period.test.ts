import { describe, expect, it } from "vitest";
import { parsePeriod } from "./period";

describe("parsePeriod", () => {
  it("defaults to the twelve months up to today and keeps valid days", () => {
    expect(parsePeriod({}, "2026-06-30")).toEqual({ from: "2025-07-01", to: "2026-06-30" });
    expect(parsePeriod({ from: "2026-01-01", to: "2026-03-31" }, "2026-06-30")).toEqual({ from: "2026-01-01", to: "2026-03-31" });
  });
  it("ignores bad values and swaps a reversed range", () => {
    expect(parsePeriod({ from: "2026-02-30", to: "soon" }, "2026-06-30")).toEqual({ from: "2025-07-01", to: "2026-06-30" });
    expect(parsePeriod({ from: "2026-05-01", to: "2026-04-01" }, "2026-06-30")).toEqual({ from: "2026-04-01", to: "2026-05-01" });
    expect(parsePeriod({ from: ["2026-01-01", "x"] }, "2026-06-30").from).toBe("2025-07-01");
  });
});
