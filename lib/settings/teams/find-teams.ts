import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { flattenTree, type FlatNode } from "@/lib/domain/team-tree";

export type TeamRow = { id: string; name: string; parentId: string | null; manager: { id: string; name: string } | null; memberCount: number };

/** Every team in tree order (parents before their sub-teams) with its depth, for the admin. */
export async function findTeams({ actor, locale }: { actor: Actor; locale: string }): Promise<FlatNode<TeamRow>[]> {
  assertCan(actor, "settings.teams.manage");
  const teams = await db.team.findMany({
    select: { id: true, name: true, parentId: true, manager: { select: { id: true, name: true } }, _count: { select: { members: true } } },
  });
  const collator = new Intl.Collator(locale);
  const rows: TeamRow[] = teams.map((t) => ({ id: t.id, name: t.name, parentId: t.parentId, manager: t.manager, memberCount: t._count.members }));
  return flattenTree(rows, (a, b) => collator.compare(a.name, b.name));
}
