import "server-only";
import { cache } from "react";
import { db, type Tx } from "@/lib/db/client";
import type { Actor } from "./actor";
import { scopeFor, type Scope } from "./scope";

/** The actor's record scope, computed once per request from the current team tree. */
export const loadScope = cache(async (actor: Actor): Promise<Scope> => scopeWithin(db, actor));

/**
 * The same scope read through a given client: inside a transaction pass its `tx` (on SQLite the
 * transaction holds the only connection, so reading through `db` there would wait for itself).
 */
export async function scopeWithin(client: Tx, actor: Actor): Promise<Scope> {
  if (actor.role !== "manager") return scopeFor(actor, [], []);
  const teams = await client.team.findMany({ select: { id: true, parentId: true, managerId: true } });
  const members = await client.user.findMany({ select: { id: true, teamId: true } });
  return scopeFor(actor, teams, members);
}
