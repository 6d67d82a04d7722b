import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan, can } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { basisPointsToPercent } from "@/lib/domain/basis-points";

export type QuoteLineFacts = { vatRate: string; unitCost: number | null };

/** A picked product's VAT rate (as the editor's percent text) and, for cost readers only, its cost in base currency. */
export async function findQuoteLineFacts({ actor, productId }: { actor: Actor; productId: string }): Promise<QuoteLineFacts | null> {
  assertCan(actor, "catalog.read");
  const product = await db.product.findFirst({ where: { id: productId, kind: { not: "group" } }, select: { standardCost: true, vatRate: { select: { rateBp: true } } } });
  if (!product) return null;
  return { vatRate: basisPointsToPercent(product.vatRate.rateBp), unitCost: can(actor, "cost.read") ? product.standardCost : null };
}
