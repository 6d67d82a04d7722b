import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { writeAudit } from "@/lib/audit/write-audit";
import { transact } from "@/lib/db/transact";
import { assertManagerCandidate, assertParentExists, TEAM_AUDIT_SELECT } from "./team-rules";

/** A new team (a leaf, so it cannot close a cycle) under an optional parent. */
export async function createTeam({ actor, name, parentId, managerId }: { actor: Actor; name: string; parentId: string | null; managerId: string | null }) {
  assertCan(actor, "settings.teams.manage");
  return transact(async (tx) => {
    await assertParentExists(tx, parentId);
    await assertManagerCandidate(tx, managerId);
    const team = await tx.team.create({ data: { name, parentId, managerId }, select: TEAM_AUDIT_SELECT });
    await writeAudit(tx, { actor, action: "create", entityType: "Team", entityId: team.id, after: team });
    return team;
  });
}
