import "server-only";
import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { db } from "@/lib/db/client";
import { ApiError } from "./api-error";
import type { ApiClient } from "./keys/authenticate-api-key";

// Requests per minute in the shared RateLimit table (every app instance counts together): per
// key at the key's own limit, anonymous callers per address at a lower one.

/** Anonymous requests per minute and address (CARRACK_API_ANON_PER_MINUTE, default 60). */
export function anonymousPerMinute(): number {
  return Math.max(1, Number(process.env.CARRACK_API_ANON_PER_MINUTE ?? 60) || 60);
}

// One limiter per distinct limit (keys differ); the stored count is per key either way.
const limiters = new Map<string, RateLimiterPrisma>();
function limiter(prefix: string, points: number): RateLimiterPrisma {
  const id = `${prefix}:${points}`;
  let found = limiters.get(id);
  if (!found) {
    found = new RateLimiterPrisma({ storeClient: db, tableName: "rateLimit", keyPrefix: prefix, points, duration: 60 });
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
