import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { writeAudit } from "@/lib/audit/write-audit";
import { db } from "@/lib/db/client";
import { transact } from "@/lib/db/transact";
import { hashCalendarToken, newCalendarToken } from "./calendar-token";

/** Whether the actor has a feed (its address cannot be shown again: only the hash is kept). */
export async function hasCalendarFeed({ actor }: { actor: Actor }): Promise<boolean> {
  const user = await db.user.findUnique({ where: { id: actor.id }, select: { calendarTokenHash: true } });
  return Boolean(user?.calendarTokenHash);
}

/**
 * Creates the actor's private feed token, replacing (and so revoking) any earlier one. Returns
 * the token once; the caller shows the URL and forgets it.
 */
export async function generateCalendarFeed({ actor }: { actor: Actor }): Promise<{ token: string }> {
  assertCan(actor, "crm.read");
  const token = newCalendarToken();
  await transact(async (tx) => {
    await tx.user.update({ where: { id: actor.id }, data: { calendarTokenHash: hashCalendarToken(token) }, select: { id: true } });
    await writeAudit(tx, { actor, action: "calendarFeed", entityType: "User", entityId: actor.id, after: { feed: "generated" } });
  });
  return { token };
}

/** Removes the actor's feed: its URL answers 404 from now on. */
export async function removeCalendarFeed({ actor }: { actor: Actor }): Promise<{ changed: boolean }> {
  return transact(async (tx) => {
    const cleared = await tx.user.updateMany({ where: { id: actor.id, calendarTokenHash: { not: null } }, data: { calendarTokenHash: null } });
    if (cleared.count === 0) return { changed: false };
    await writeAudit(tx, { actor, action: "calendarFeed", entityType: "User", entityId: actor.id, after: { feed: "removed" } });
    return { changed: true };
  });
}
