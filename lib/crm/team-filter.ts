import "server-only";
import type { Scope } from "@/lib/auth/scope";
import { db } from "@/lib/db/client";
import { descendantsAndSelf } from "@/lib/domain/team-tree";

/**
 * A "team" list filter means the team and every team below it (a region manager filtering on
 * East sees Shanghai too). Returns the team ids to match on the record's copied teamId; the team
 * tree is small, so the id list is bounded by the number of teams.
 */
export async function teamFilterIds(teamId: string | undefined): Promise<string[] | null> {
  if (!teamId) return null;
  const teams = await db.team.findMany({ select: { id: true, parentId: true } });
  return [...descendantsAndSelf(teams, teamId)];
}

/** The teams a list may be filtered by: every team for the "all" scope, else the teams of the users in scope (none for a lone rep). */
export async function teamFilterOptions(scope: Scope): Promise<{ id: string; name: string }[]> {
  if (scope.kind !== "all" && scope.userIds.length <= 1) return [];
  const teams = await db.team.findMany({ select: { id: true, name: true, parentId: true }, orderBy: [{ name: "asc" }, { id: "asc" }] });
  if (scope.kind === "all") return teams.map(({ id, name }) => ({ id, name }));
  const members = await db.user.findMany({ where: { id: { in: scope.userIds } }, select: { teamId: true } });
  const visible = new Set(members.map((m) => m.teamId).filter((id): id is string => id !== null));
  return teams.filter((t) => visible.has(t.id)).map(({ id, name }) => ({ id, name }));
}
