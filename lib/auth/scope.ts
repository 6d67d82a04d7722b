import { descendantsAndSelf } from "@/lib/domain/team-tree";
import type { Actor } from "./actor";

// Record scopes: which owners' records an actor may see. Pure, so it is unit tested; the data
// layer (lib/auth/load-scope.ts) feeds it the team tree and turns it into a Prisma `where`.

export type Scope = { kind: "all" } | { kind: "owners"; userIds: string[] };

export type TeamNode = { id: string; parentId: string | null; managerId: string | null };
export type Member = { id: string; teamId: string | null };

/** Ids of `roots` and every team below them. Cycles (bad data) cannot loop forever. */
export function teamSubtree(teams: TeamNode[], roots: string[]): Set<string> {
  return new Set(roots.flatMap((root) => [...descendantsAndSelf(teams, root)]));
}

export function scopeFor(actor: Pick<Actor, "id" | "role" | "teamId">, teams: TeamNode[], members: Member[]): Scope {
  switch (actor.role) {
    case "admin":
    case "finance":
    case "warehouse":
      return { kind: "all" };
    case "manager": {
      // A manager sees the teams they manage and their own team, with every team below them.
      const roots = teams.filter((t) => t.managerId === actor.id).map((t) => t.id);
      if (actor.teamId) roots.push(actor.teamId);
      const visibleTeams = teamSubtree(teams, roots);
      const ids = members.filter((m) => m.teamId && visibleTeams.has(m.teamId)).map((m) => m.id);
      return { kind: "owners", userIds: [...new Set([actor.id, ...ids])] };
    }
    case "sales":
      return { kind: "owners", userIds: [actor.id] };
    default:
      // Unknown role: sees nothing of anyone else's (fail closed).
      return { kind: "owners", userIds: [actor.id] };
  }
}

/**
 * A Prisma `where` fragment restricting records to the scope, on the given owner column.
 * `{}` only for the "all" scope; never built from an optional value.
 */
export function ownerWhere<F extends string>(scope: Scope, field: F): Record<F, { in: string[] }> | Record<string, never> {
  if (scope.kind === "all") return {};
  return { [field]: { in: scope.userIds } } as Record<F, { in: string[] }>;
}
