import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { changedFields, writeAudit } from "@/lib/audit/write-audit";
import { transact } from "@/lib/db/transact";
import { NotFoundError } from "@/lib/errors";
import type { ApiKeyUpdateInput } from "@/lib/validation/api";
import { API_KEY_AUDIT_SELECT, assertPriceList } from "./api-key-rules";

/** Name, partner, scopes, price list and rate limit of a key (a revoked key stays revoked). */
export async function updateApiKey({ actor, input }: { actor: Actor; input: ApiKeyUpdateInput }): Promise<void> {
  assertCan(actor, "api.manage");
  await transact(async (tx) => {
    const before = await tx.apiKey.findUnique({ where: { id: input.id }, select: API_KEY_AUDIT_SELECT });
    if (!before) throw new NotFoundError();
    await assertPriceList(tx, input.priceListId);
    const next = { name: input.name, partner: input.partner, scopes: input.scopes.join(","), priceListId: input.priceListId, rateLimitPerMinute: input.rateLimitPerMinute };
    const diff = changedFields(before, next);
    if (Object.keys(diff.after).length === 0) return;
    await tx.apiKey.update({ where: { id: input.id }, data: diff.after });
    await writeAudit(tx, { actor, action: "update", entityType: "ApiKey", entityId: input.id, ...diff });
  });
}
