import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";

/** Teams for the user form and the list's team filter. */
export async function findTeamOptions({ actor }: { actor: Actor }): Promise<{ id: string; name: string }[]> {
  assertCan(actor, "settings.users.manage");
  return db.team.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } });
}
