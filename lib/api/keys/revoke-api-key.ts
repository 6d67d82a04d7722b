import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { writeAudit } from "@/lib/audit/write-audit";
import { transact } from "@/lib/db/transact";
import { NotFoundError } from "@/lib/errors";

/** Revokes a key for good: its next call is a 401, its webhooks stop receiving events. */
export async function revokeApiKey({ actor, id }: { actor: Actor; id: string }): Promise<void> {
  assertCan(actor, "api.manage");
  await transact(async (tx) => {
    const key = await tx.apiKey.findUnique({ where: { id }, select: { id: true, revokedAt: true } });
    if (!key) throw new NotFoundError();
    if (key.revokedAt) return;
    const revokedAt = new Date();
    await tx.apiKey.update({ where: { id }, data: { active: false, revokedAt } });
    await writeAudit(tx, { actor, action: "revoke", entityType: "ApiKey", entityId: id, before: { active: true, revokedAt: null }, after: { active: false, revokedAt } });
  });
}
