import "server-only";
import type { Tx } from "@/lib/db/client";
import { enqueueWebhookEvent } from "@/lib/api/webhooks/enqueue-webhook-event";
import { isPublicRow, IS_PUBLIC_SELECT, PUBLIC_PRODUCT_WHERE } from "./public-where";
import { refreshPublicAvailability } from "./refresh-availability";

export type PublicTransition = "none" | "published" | "updated" | "unpublished";

/** Whether a product is public now, read inside the caller's transaction (before a change). */
export async function isProductPublic(tx: Tx, productId: string): Promise<boolean> {
  const row = await tx.product.findUnique({ where: { id: productId }, select: IS_PUBLIC_SELECT });
  return row ? isPublicRow(row) : false;
}

/**
 * Called by the catalog services after they wrote a product, in their transaction, with whether
 * it was public before. Stamps firstPublishedAt the first time a product goes public (only such
 * products ever become API tombstones, so a never-public SKU never leaks), refreshes its
 * availability level (backorder and reorder settings change it) and queues the partners' webhook
 * event for what changed.
 */
export async function productWritten(tx: Tx, { productId, wasPublic }: { productId: string; wasPublic: boolean }): Promise<PublicTransition> {
  const now = await isProductPublic(tx, productId);
  if (now) await tx.product.updateMany({ where: { AND: [{ id: productId, firstPublishedAt: null }, PUBLIC_PRODUCT_WHERE] }, data: { firstPublishedAt: new Date() } });
  await refreshPublicAvailability(tx, [productId]);
  const transition: PublicTransition = now ? (wasPublic ? "updated" : "published") : wasPublic ? "unpublished" : "none";
  if (transition !== "none") {
    const { sku } = await tx.product.findUniqueOrThrow({ where: { id: productId }, select: { sku: true } });
    const event = transition === "published" ? "product.created" : transition === "updated" ? "product.updated" : "product.unpublished";
    await enqueueWebhookEvent(tx, { event, productId, sku });
  }
  return transition;
}

/**
 * Something shown publicly changed without the product row (options, images, variants): marks
 * the product changed (incremental sync, feed ETags) and tells partners, if it is public.
 */
export async function publicContentChanged(tx: Tx, productId: string): Promise<void> {
  const row = await tx.product.findUnique({ where: { id: productId }, select: { id: true, sku: true, ...IS_PUBLIC_SELECT, parent: { select: { id: true, sku: true, ...IS_PUBLIC_SELECT } } } });
  const target = row && (isPublicRow(row) ? row : row.parent && isPublicRow(row.parent) ? row.parent : null);
  if (!target) return;
  await tx.product.update({ where: { id: target.id }, data: { updatedAt: new Date() } });
  await enqueueWebhookEvent(tx, { event: "product.updated", productId: target.id, sku: target.sku });
}
