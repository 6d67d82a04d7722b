import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { transact } from "@/lib/db/transact";
import type { Locale } from "@/lib/i18n/locales";
import { writeAudit } from "@/lib/audit/write-audit";

/** A user changes their own language. Only their own row: the id comes from the session. */
export async function updateOwnPreferences({ actor, locale }: { actor: Actor; locale: Locale }): Promise<void> {
  if (actor.locale === locale) return;
  await transact(async (tx) => {
    await tx.user.update({ where: { id: actor.id }, data: { locale } });
    await writeAudit(tx, { actor, action: "update", entityType: "User", entityId: actor.id, before: { locale: actor.locale }, after: { locale } });
  });
}
