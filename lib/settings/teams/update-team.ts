import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { changedFields, writeAudit } from "@/lib/audit/write-audit";
import { lockRows, transact } from "@/lib/db/transact";
import { wouldCreateCycle } from "@/lib/domain/team-tree";
import { FieldError, NotFoundError } from "@/lib/errors";
import { assertManagerCandidate, assertParentExists, TEAM_AUDIT_SELECT } from "./team-rules";

type Options = { actor: Actor; id: string; name: string; parentId: string | null; managerId: string | null };

/**
 * Renames, moves or re-manages a team. Managers' record scopes are computed from the tree on
 * every request (lib/auth/load-scope.ts), so the change applies from their next request.
 */
export async function updateTeam({ actor, id, name, parentId, managerId }: Options) {
  assertCan(actor, "settings.teams.manage");
  return transact(async (tx) => {
    const before = await tx.team.findUnique({ where: { id }, select: TEAM_AUDIT_SELECT });
    if (!before) throw new NotFoundError();

    if (parentId !== before.parentId) {
      // Two moves at once (A under B, B under A) could each pass the check alone: lock the
      // whole tree on PostgreSQL (SQLite already writes one at a time), then read it fresh.
      const ids = await tx.team.findMany({ select: { id: true } });
      await lockRows(tx, "Team", ids.map((t) => t.id));
      const tree = await tx.team.findMany({ select: { id: true, parentId: true } });
      if (wouldCreateCycle(tree, id, parentId)) throw new FieldError("parentId", "teamCycle");
      await assertParentExists(tx, parentId);
    }
    if (managerId !== before.managerId) await assertManagerCandidate(tx, managerId);

    const team = await tx.team.update({ where: { id }, data: { name, parentId, managerId }, select: TEAM_AUDIT_SELECT });
    const diff = changedFields(before, { name, parentId, managerId });
    if (Object.keys(diff.after).length > 0) {
      await writeAudit(tx, { actor, action: "update", entityType: "Team", entityId: id, ...diff });
    }
    return team;
  });
}
