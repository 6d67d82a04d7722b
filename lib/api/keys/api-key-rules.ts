import "server-only";
import type { Tx } from "@/lib/db/client";
import { FieldError } from "@/lib/errors";

/** Every stored field an audit entry may show: never the secret's hash. */
export const API_KEY_AUDIT_SELECT = { id: true, name: true, partner: true, prefix: true, scopes: true, priceListId: true, rateLimitPerMinute: true, active: true, revokedAt: true } as const;

export async function assertPriceList(tx: Tx, priceListId: string | null): Promise<void> {
  if (priceListId === null) return;
  const row = await tx.priceList.findUnique({ where: { id: priceListId }, select: { id: true } });
  if (!row) throw new FieldError("priceListId", "choice");
}
