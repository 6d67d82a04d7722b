import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { MANAGER_ROLES } from "./team-rules";

/** Active managers and administrators: the people a team may be led by. */
export async function findManagerCandidates({ actor }: { actor: Actor }) {
  assertCan(actor, "settings.teams.manage");
  return db.user.findMany({
    where: { active: true, role: { in: MANAGER_ROLES } },
    select: { id: true, name: true, email: true },
    orderBy: { name: "asc" },
  });
}
