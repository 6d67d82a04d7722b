import "server-only";
import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { db } from "@/lib/db/client";

// Failed sign-ins are counted in the database so every app instance shares the count.
// Per email+address: a few tries then a pause; per address: a higher ceiling against spraying
// many emails; per email from anywhere: a ceiling against one account attacked from many addresses
// (or through a spoofed X-Forwarded-For when no trusted proxy strips it).
const maxAttempts = Number(process.env.CARRACK_LOGIN_MAX_ATTEMPTS ?? 5);
const windowSeconds = Number(process.env.CARRACK_LOGIN_WINDOW_SECONDS ?? 15 * 60);
const perAccount = new RateLimiterPrisma({
  storeClient: db,
  tableName: "rateLimit",
  keyPrefix: "login-account",
  points: maxAttempts,
  duration: windowSeconds,
});
const perEmail = new RateLimiterPrisma({
  storeClient: db,
  tableName: "rateLimit",
  keyPrefix: "login-email",
  points: maxAttempts * 4,
  duration: windowSeconds,
});
const perIp = new RateLimiterPrisma({
  storeClient: db,
  tableName: "rateLimit",
  keyPrefix: "login-ip",
  points: 50,
  duration: 60 * 60,
});

const accountKey = (email: string, ip: string) => `${email.toLowerCase()}|${ip}`;

/** Seconds until the next attempt is allowed, or 0 when attempts remain. */
export async function loginBlockedFor(email: string, ip: string): Promise<number> {
  const [a, b, c] = await Promise.all([perAccount.get(accountKey(email, ip)), perIp.get(ip), perEmail.get(email.toLowerCase())]);
  const blocked = [
    a && a.consumedPoints >= perAccount.points ? a.msBeforeNext : 0,
    b && b.consumedPoints >= perIp.points ? b.msBeforeNext : 0,
    c && c.consumedPoints >= perEmail.points ? c.msBeforeNext : 0,
  ];
  return Math.ceil(Math.max(...blocked) / 1000);
}

export async function recordFailedLogin(email: string, ip: string): Promise<void> {
  await Promise.all([
    perAccount.consume(accountKey(email, ip)).catch(ignoreLimitReached),
    perIp.consume(ip).catch(ignoreLimitReached),
    perEmail.consume(email.toLowerCase()).catch(ignoreLimitReached),
  ]);
}

export async function clearFailedLogins(email: string, ip: string): Promise<void> {
  await perAccount.delete(accountKey(email, ip));
}

function ignoreLimitReached(error: unknown) {
  // consume() rejects with a RateLimiterRes once over the limit: that is the expected outcome.
  if (error instanceof RateLimiterRes) return;
  throw error;
}
