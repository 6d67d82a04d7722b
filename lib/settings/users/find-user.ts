import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";

/** One user for the edit page; never the password hash. */
export async function findUser({ actor, id }: { actor: Actor; id: string }) {
  assertCan(actor, "settings.users.manage");
  const user = await db.user.findUnique({
    where: { id },
    select: { id: true, name: true, email: true, role: true, teamId: true, locale: true, active: true, lastLoginAt: true, createdAt: true, updatedAt: true },
  });
  if (!user) throw new NotFoundError();
  return user;
}

export type UserDetail = Awaited<ReturnType<typeof findUser>>;
