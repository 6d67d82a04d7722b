import { describe, expect, it } from "vitest";
import { afterFailure, BASE_DELAY_MS, MAX_ATTEMPTS, MAX_DELAY_MS, nextAttemptDelay } from "./backoff";

const middle = () => 0.5; // no jitter

describe("nextAttemptDelay", () => {
  it("doubles from 30 s", () => {
    expect([1, 2, 3, 4].map((n) => nextAttemptDelay(n, middle))).toEqual([30_000, 60_000, 120_000, 240_000]);
  });

  it("is capped at 6 hours, even for huge attempt counts", () => {
    expect(nextAttemptDelay(10, middle)).toBe(BASE_DELAY_MS * 2 ** 9); // 4 h 16 min
    expect(nextAttemptDelay(11, middle)).toBe(MAX_DELAY_MS);
    expect(nextAttemptDelay(1_000, () => 1)).toBe(MAX_DELAY_MS);
  });

  it("jitters within ±20 %", () => {
    expect(nextAttemptDelay(1, () => 0)).toBe(BASE_DELAY_MS * 0.8);
    expect(nextAttemptDelay(1, () => 1)).toBe(BASE_DELAY_MS * 1.2);
    for (let i = 0; i < 200; i++) {
      const d = nextAttemptDelay(3);
      expect(d).toBeGreaterThanOrEqual(96_000);
      expect(d).toBeLessThanOrEqual(144_000);
    }
  });

  it("treats nonsense attempt counts as the first failure", () => {
    expect(nextAttemptDelay(0, middle)).toBe(BASE_DELAY_MS);
    expect(nextAttemptDelay(-3, middle)).toBe(BASE_DELAY_MS);
  });
});

describe("afterFailure", () => {
  const now = new Date("2026-11-30T10:00:00.000Z");

  it("schedules a retry until the last attempt", () => {
    expect(afterFailure(1, now, middle)).toEqual({ status: "pending", nextAttemptAt: new Date("2026-11-30T10:00:30.000Z") });
    expect(afterFailure(MAX_ATTEMPTS - 1, now, middle).status).toBe("pending");
  });

  it("gives up after MAX_ATTEMPTS", () => {
    expect(afterFailure(MAX_ATTEMPTS, now, middle).status).toBe("dead");
  });
});
