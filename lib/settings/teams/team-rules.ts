import "server-only";
import type { Tx } from "@/lib/db/client";
import { FieldError } from "@/lib/errors";

// Checks shared by create and update, run inside their transaction so they see what is written.

/** Roles that may lead a team: their record scope grows with the team tree (lib/auth/scope.ts). */
export const MANAGER_ROLES = ["manager", "admin"];

/** The manager must be an active manager or administrator; anything else is a bad choice. */
export async function assertManagerCandidate(tx: Tx, managerId: string | null): Promise<void> {
  if (managerId === null) return;
  const user = await tx.user.findFirst({ where: { id: managerId, active: true, role: { in: MANAGER_ROLES } }, select: { id: true } });
  if (!user) throw new FieldError("managerId", "choice");
}

/** The parent must exist. */
export async function assertParentExists(tx: Tx, parentId: string | null): Promise<void> {
  if (parentId === null) return;
  const parent = await tx.team.findUnique({ where: { id: parentId }, select: { id: true } });
  if (!parent) throw new FieldError("parentId", "choice");
}

export const TEAM_AUDIT_SELECT = { id: true, name: true, parentId: true, managerId: true } as const;
