import "server-only";
import { db } from "@/lib/db/client";
import { dummyHash, verifyPassword } from "./password";
import { clearFailedLogins, loginBlockedFor, recordFailedLogin } from "./login-rate-limit";

export type AuthResult =
  | { ok: true; user: { id: string; email: string; name: string; sessionVersion: number; locale: string } }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "rateLimited"; retryAfterSeconds: number };

/**
 * Checks staff credentials. One answer ("invalid") for unknown email, wrong password and
 * deactivated account, with the same work done in each case, so nothing reveals which emails exist.
 */
export async function authenticate(emailInput: string, password: string, ip: string): Promise<AuthResult> {
  const email = emailInput.trim().toLowerCase();
  const blocked = await loginBlockedFor(email, ip);
  if (blocked > 0) return { ok: false, reason: "rateLimited", retryAfterSeconds: blocked };

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, passwordHash: true, active: true, sessionVersion: true, locale: true },
  });
  const passwordOk = await verifyPassword(user?.passwordHash ?? (await dummyHash()), password);
  if (!user || !passwordOk || !user.active) {
    await recordFailedLogin(email, ip);
    return { ok: false, reason: "invalid" };
  }
  await clearFailedLogins(email, ip);
  await db.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion, locale: user.locale } };
}
