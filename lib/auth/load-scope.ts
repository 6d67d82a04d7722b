import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";
import type { Actor } from "./actor";
import { scopeFor, type Scope } from "./scope";

/** The actor's record scope, computed once per request from the current team tree. */
export const loadScope = cache(async (actor: Actor): Promise<Scope> => {
  if (actor.role !== "manager") return scopeFor(actor, [], []);
  const [teams, members] = await Promise.all([
    db.team.findMany({ select: { id: true, parentId: true, managerId: true } }),
    db.user.findMany({ select: { id: true, teamId: true } }),
  ]);
  return scopeFor(actor, teams, members);
});
