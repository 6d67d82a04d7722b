import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db/client";
import { transact } from "@/lib/db/transact";
import { writeAudit } from "@/lib/audit/write-audit";
import { FieldError } from "@/lib/errors";

/**
 * A user changes their own password after proving the current one. Bumping sessionVersion ends
 * every other session of theirs (a stolen cookie stops working); the caller signs in again.
 */
export async function changeOwnPassword({ actor, current, next }: { actor: Actor; current: string; next: string }): Promise<void> {
  const row = await db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { passwordHash: true } });
  if (!(await verifyPassword(row.passwordHash, current))) throw new FieldError("current", "currentPasswordWrong");
  const passwordHash = await hashPassword(next);
  await transact(async (tx) => {
    await tx.user.update({ where: { id: actor.id }, data: { passwordHash, sessionVersion: { increment: 1 } } });
    await writeAudit(tx, { actor, action: "changePassword", entityType: "User", entityId: actor.id });
  });
}
