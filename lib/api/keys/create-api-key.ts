import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { writeAudit } from "@/lib/audit/write-audit";
import { transact } from "@/lib/db/transact";
import type { ApiKeyInput } from "@/lib/validation/api";
import { API_KEY_AUDIT_SELECT, assertPriceList } from "./api-key-rules";
import { generateApiKey } from "./key-format";

/** A new partner key. The plain key is returned once and never stored (only its sha256). */
export async function createApiKey({ actor, input }: { actor: Actor; input: ApiKeyInput }): Promise<{ id: string; key: string }> {
  assertCan(actor, "api.manage");
  return transact(async (tx) => {
    await assertPriceList(tx, input.priceListId);
    const { key, prefix, secretHash } = generateApiKey();
    const row = await tx.apiKey.create({
      data: { name: input.name, partner: input.partner, prefix, secretHash, scopes: input.scopes.join(","), priceListId: input.priceListId, rateLimitPerMinute: input.rateLimitPerMinute },
      select: API_KEY_AUDIT_SELECT,
    });
    await writeAudit(tx, { actor, action: "create", entityType: "ApiKey", entityId: row.id, after: row });
    return { id: row.id, key };
  });
}
