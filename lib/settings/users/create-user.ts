import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { hashPassword } from "@/lib/auth/password";
import { assertCan } from "@/lib/auth/permissions";
import { writeAudit } from "@/lib/audit/write-audit";
import type { Tx } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/errors";
import { transact } from "@/lib/db/transact";
import { FieldError } from "@/lib/errors";
import type { UserCreateInput } from "@/lib/validation/user";

/** Emails are stored lowercase, so equality on the stored value is a case-insensitive match. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export async function assertEmailFree(tx: Tx, email: string, exceptId?: string): Promise<void> {
  const taken = await tx.user.findUnique({ where: { email }, select: { id: true } });
  if (taken && taken.id !== exceptId) throw new FieldError("email", "emailTaken");
}

/** A caller-supplied team id must name an existing team. */
export async function assertTeamExists(tx: Tx, teamId: string): Promise<void> {
  const team = await tx.team.findUnique({ where: { id: teamId }, select: { id: true } });
  if (!team) throw new FieldError("teamId", "choice");
}

/** An admin creates a staff account. Writes the audit entry (never the hash) in the same transaction. */
export async function createUser({ actor, input }: { actor: Actor; input: UserCreateInput }): Promise<{ id: string }> {
  assertCan(actor, "settings.users.manage");
  const email = normalizeEmail(input.email);
  // Hashing is deliberately slow (~50 ms): do it before taking the write lock.
  const passwordHash = await hashPassword(input.password);
  try {
    return await transact(async (tx) => {
      await assertEmailFree(tx, email);
      if (input.teamId) await assertTeamExists(tx, input.teamId);
      const values = { name: input.name, email, role: input.role, teamId: input.teamId, locale: input.locale, active: true };
      const user = await tx.user.create({ data: { ...values, passwordHash }, select: { id: true } });
      await writeAudit(tx, { actor, action: "create", entityType: "User", entityId: user.id, after: values });
      return { id: user.id };
    });
  } catch (error) {
    // Two admins creating the same email at once: the unique index decides, same answer.
    if (isUniqueViolation(error)) throw new FieldError("email", "emailTaken");
    throw error;
  }
}
