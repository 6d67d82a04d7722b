import "server-only";
import { RateLimiterMemory, RateLimiterPrisma, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { db, dbKind } from "@/lib/db/client";
import { ApiError } from "./api-error";
import type { ApiClient } from "./keys/authenticate-api-key";

// Requests per minute: per key at the key's own limit, anonymous callers per address at a lower
// one. Where the counts live depends on the deployment:
// - SQLite (one app process by design: one database file, one writer): in process memory. The
//   table would cost a serialized write transaction on every API call (~14 ms of a request, and
//   every other request queues behind it) to share counts with no other instance.
// - PostgreSQL (possibly several instances behind a load balancer): the shared RateLimit table,
//   so every instance counts together.
// CARRACK_RATE_LIMIT_STORE=memory|database overrides the choice. A restart of a memory-counting
// process forgets the current minute's counts, which is the only difference callers can see.

/** Anonymous requests per minute and address (CARRACK_API_ANON_PER_MINUTE, default 60). */
export function anonymousPerMinute(): number {
  return Math.max(1, Number(process.env.CARRACK_API_ANON_PER_MINUTE ?? 60) || 60);
}

export type RateLimitStore = "memory" | "database";

export function rateLimitStore(): RateLimitStore {
  const chosen = process.env.CARRACK_RATE_LIMIT_STORE;
  if (chosen === "memory" || chosen === "database") return chosen;
  return dbKind === "sqlite" ? "memory" : "database";
}

// One limiter per store and distinct limit (keys differ); the count is per key either way. On
// globalThis so that every route bundle of the process counts in the same memory.
const globalLimiters = globalThis as unknown as { carrackApiLimiters?: Map<string, RateLimiterAbstract> };
const limiters = (globalLimiters.carrackApiLimiters ??= new Map());
function limiter(prefix: string, points: number): RateLimiterAbstract {
  const store = rateLimitStore();
  const id = `${store}:${prefix}:${points}`;
  let found = limiters.get(id);
  if (!found) {
    const options = { keyPrefix: prefix, points, duration: 60 };
    found = store === "memory" ? new RateLimiterMemory(options) : new RateLimiterPrisma({ ...options, storeClient: db, tableName: "rateLimit" });
    limiters.set(id, found);
  }
  return found;
}

export type RateLimitState = { limit: number; remaining: number; resetAt: number };

export function rateLimitHeaders(state: RateLimitState): Record<string, string> {
  return {
    "X-RateLimit-Limit": String(state.limit),
    "X-RateLimit-Remaining": String(state.remaining),
    // Unix time (seconds) when the window resets.
    "X-RateLimit-Reset": String(state.resetAt),
  };
}

/** Counts one request; over the limit throws a 429 with Retry-After. */
export async function consumeRateLimit(client: ApiClient): Promise<RateLimitState> {
  const [prefix, key, points] = client.kind === "key" ? ["api-key", client.keyId, client.rateLimitPerMinute] : ["api-anon", client.ip, anonymousPerMinute()];
  const toState = (res: RateLimiterRes): RateLimitState => ({
    limit: points,
    remaining: Math.max(0, res.remainingPoints),
    resetAt: Math.ceil((Date.now() + res.msBeforeNext) / 1000),
  });
  try {
    return toState(await limiter(prefix, points).consume(key));
  } catch (error) {
    if (!(error instanceof RateLimiterRes)) throw error;
    const state = toState(error);
    const retryAfter = Math.max(1, Math.ceil(error.msBeforeNext / 1000));
    throw new ApiError(429, "rate_limited", `Rate limit of ${points} requests per minute exceeded`, { limit: points, retryAfterSeconds: retryAfter }, { ...rateLimitHeaders(state), "Retry-After": String(retryAfter) });
  }
}
