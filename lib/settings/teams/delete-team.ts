import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { writeAudit } from "@/lib/audit/write-audit";
import { lockRows, transact } from "@/lib/db/transact";
import { AppError, NotFoundError } from "@/lib/errors";
import { TEAM_AUDIT_SELECT } from "./team-rules";

/**
 * Deletes an empty team. People and sub-teams are never moved silently: the admin reassigns
 * them first. The row lock (PostgreSQL) makes a concurrent "add member" wait for this check.
 */
export async function deleteTeam({ actor, id }: { actor: Actor; id: string }): Promise<void> {
  assertCan(actor, "settings.teams.manage");
  await transact(async (tx) => {
    await lockRows(tx, "Team", [id]);
    const team = await tx.team.findUnique({ where: { id }, select: { ...TEAM_AUDIT_SELECT, _count: { select: { members: true, children: true } } } });
    if (!team) throw new NotFoundError();
    if (team._count.members > 0) throw new AppError("teamHasMembers", { count: team._count.members });
    if (team._count.children > 0) throw new AppError("teamHasSubteams", { count: team._count.children });
    await tx.team.delete({ where: { id } });
    const { _count: _ignored, ...before } = team;
    await writeAudit(tx, { actor, action: "delete", entityType: "Team", entityId: id, before });
  });
}
