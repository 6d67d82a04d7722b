// Retry schedule for outbox jobs: pure, so it is unit tested.

/** After this many failed attempts a job is dead (kept for the log; an admin can retry it). */
export const MAX_ATTEMPTS = 12;
export const BASE_DELAY_MS = 30_000;
export const MAX_DELAY_MS = 6 * 60 * 60 * 1000;

/**
 * Milliseconds to wait after the `attempts`-th failure (1 = the first): 30 s · 2^(attempts-1),
 * capped at 6 h, with ±20 % jitter so jobs that failed together do not retry in lockstep.
 */
export function nextAttemptDelay(attempts: number, random: () => number = Math.random): number {
  const n = Math.max(1, Math.floor(attempts));
  const base = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** Math.min(n - 1, 30));
  const jittered = base * (0.8 + 0.4 * Math.min(Math.max(random(), 0), 1));
  return Math.round(Math.min(MAX_DELAY_MS, jittered));
}

/** What happens after a failed attempt: retry later or give up. */
export function afterFailure(attempts: number, now: Date, random: () => number = Math.random): { status: "pending" | "dead"; nextAttemptAt: Date } {
  if (attempts >= MAX_ATTEMPTS) return { status: "dead", nextAttemptAt: now };
  return { status: "pending", nextAttemptAt: new Date(now.getTime() + nextAttemptDelay(attempts, random)) };
}
