import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { hashPassword } from "@/lib/auth/password";
import { assertCan } from "@/lib/auth/permissions";
import { changedFields, writeAudit } from "@/lib/audit/write-audit";
import type { Tx } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/errors";
import { lockRows, transact } from "@/lib/db/transact";
import { FieldError, NotFoundError } from "@/lib/errors";
import type { UserUpdateInput } from "@/lib/validation/user";
import { assertEmailFree, assertTeamExists, normalizeEmail } from "./create-user";

/**
 * Refuses to take away the last active administrator (nobody could manage users any more).
 * On PostgreSQL the active admins are locked first, so two admins demoting each other at the
 * same moment cannot both pass; on SQLite writers already run one at a time.
 */
async function assertAnotherActiveAdmin(tx: Tx, userId: string, field: string): Promise<void> {
  const admins = await tx.user.findMany({ where: { role: "admin", active: true }, select: { id: true } });
  await lockRows(
    tx,
    "User",
    admins.map((a) => a.id),
  );
  const others = await tx.user.count({ where: { role: "admin", active: true, id: { not: userId } } });
  if (others === 0) throw new FieldError(field, "lastAdmin");
}

export type UpdateUserResult = { id: string; changed: boolean };

/**
 * An admin edits a staff account. Deactivation and a new password both bump `sessionVersion`,
 * which ends that user's open sessions on their next request (lib/auth/session.ts).
 * The audit entry holds only the fields that changed, and never a password or its hash.
 */
export async function updateUser({ actor, input }: { actor: Actor; input: UserUpdateInput }): Promise<UpdateUserResult> {
  assertCan(actor, "settings.users.manage");
  const email = normalizeEmail(input.email);
  const passwordHash = input.password ? await hashPassword(input.password) : null;
  try {
    return await transact(async (tx) => {
      const before = await tx.user.findUnique({
        where: { id: input.id },
        select: { id: true, name: true, email: true, role: true, teamId: true, locale: true, active: true },
      });
      if (!before) throw new NotFoundError();
      if (email !== before.email) await assertEmailFree(tx, email, before.id);
      if (input.teamId && input.teamId !== before.teamId) await assertTeamExists(tx, input.teamId);
      // Locking yourself out by accident is too easy from the list; another admin must do it.
      if (before.id === actor.id && !input.active) throw new FieldError("active", "cannotDeactivateSelf");
      const losesAdmin = before.role === "admin" && before.active && (input.role !== "admin" || !input.active);
      if (losesAdmin) await assertAnotherActiveAdmin(tx, before.id, input.active ? "role" : "active");

      const next = { name: input.name, email, role: input.role, teamId: input.teamId, locale: input.locale, active: input.active };
      const diff = changedFields(before, next);
      if (Object.keys(diff.after).length === 0 && !passwordHash) return { id: before.id, changed: false };

      const endSessions = (before.active && !input.active) || passwordHash !== null;
      await tx.user.update({
        where: { id: before.id },
        data: { ...diff.after, ...(passwordHash ? { passwordHash } : {}), ...(endSessions ? { sessionVersion: { increment: 1 } } : {}) },
      });
      const action = before.active && !input.active ? "deactivate" : !before.active && input.active ? "activate" : "update";
      await writeAudit(tx, {
        actor,
        action,
        entityType: "User",
        entityId: before.id,
        before: diff.before,
        after: passwordHash ? { ...diff.after, passwordChanged: true } : diff.after,
      });
      return { id: before.id, changed: true };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new FieldError("email", "emailTaken");
    throw error;
  }
}
