import "server-only";
import { db } from "@/lib/db/client";
import { transact } from "@/lib/db/transact";
import { writeAudit } from "@/lib/audit/write-audit";
import { dummyHash, verifyPassword } from "./password";
import { clearFailedLogins, loginBlockedFor, recordFailedLogin } from "./login-rate-limit";

export type AuthResult =
  | { ok: true; user: { id: string; email: string; name: string; sessionVersion: number; locale: string } }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "rateLimited"; retryAfterSeconds: number };

/**
 * Checks staff credentials. One answer ("invalid") for unknown email, wrong password and
 * deactivated account, with the same work done in each case, so nothing reveals which emails exist.
 * Successful and failed sign-ins land in the audit log (never the password typed).
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
    await transact((tx) =>
      writeAudit(tx, {
        actor: null,
        action: "signInFailed",
        entityType: "User",
        entityId: user?.id ?? "unknown",
        after: { email, ip, reason: !user ? "unknownEmail" : !user.active ? "inactive" : "wrongPassword" },
      }),
    );
    return { ok: false, reason: "invalid" };
  }
  await clearFailedLogins(email, ip);
  await transact(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
    await writeAudit(tx, { actor: user, action: "signIn", entityType: "User", entityId: user.id, after: { ip } });
  });
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion, locale: user.locale } };
}
