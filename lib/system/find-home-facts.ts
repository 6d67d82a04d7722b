import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";

/** What the start page shows: the actor's team, and for admins company-wide counts and recent changes. */
export async function findHomeFacts(actor: Actor) {
  const team = actor.teamId ? await db.team.findUnique({ where: { id: actor.teamId }, select: { name: true } }) : null;
  if (!can(actor, "audit.read")) return { teamName: team?.name ?? null, admin: null };
  const [activeUsers, teams, recent] = await Promise.all([
    db.user.count({ where: { active: true } }),
    db.team.count(),
    db.auditEntry.findMany({ orderBy: { at: "desc" }, take: 5, select: { id: true, at: true, actorEmail: true, action: true, entityType: true } }),
  ]);
  return { teamName: team?.name ?? null, admin: { activeUsers, teams, recent } };
}
