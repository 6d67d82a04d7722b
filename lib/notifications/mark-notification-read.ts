import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";

/** Marks one of the actor's own notifications read; anyone else's is "not found". */
export async function markNotificationRead({ actor, input }: { actor: Actor; input: { id: string } }): Promise<void> {
  const own = { id: input.id, userId: actor.id };
  const { count } = await db.notification.updateMany({ where: { ...own, readAt: null }, data: { readAt: new Date() } });
  if (count === 0 && (await db.notification.count({ where: own })) === 0) throw new NotFoundError();
}
