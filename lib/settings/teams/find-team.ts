import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";

/** One team with its members and sub-team count, for the edit page. */
export async function findTeam({ actor, id }: { actor: Actor; id: string }) {
  assertCan(actor, "settings.teams.manage");
  const team = await db.team.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      parentId: true,
      managerId: true,
      manager: { select: { id: true, name: true, email: true } },
      createdAt: true,
      updatedAt: true,
      members: { select: { id: true, name: true, email: true, role: true, active: true }, orderBy: { name: "asc" } },
      _count: { select: { children: true } },
    },
  });
  if (!team) throw new NotFoundError();
  const { _count, ...rest } = team;
  return { ...rest, childCount: _count.children };
}
