import "server-only";
import type { Tx } from "@/lib/db/client";
import { isPublicRow, IS_PUBLIC_SELECT, PUBLIC_PRODUCT_WHERE } from "./public-where";

export type PublicTransition = "none" | "published" | "updated" | "unpublished";

/** Whether a product is public now, read inside the caller's transaction (before a change). */
export async function isProductPublic(tx: Tx, productId: string): Promise<boolean> {
  const row = await tx.product.findUnique({ where: { id: productId }, select: IS_PUBLIC_SELECT });
  return row ? isPublicRow(row) : false;
}

/**
 * Called by the catalog services after they wrote a product, in their transaction, with whether
 * it was public before. Stamps firstPublishedAt the first time a product goes public (only such
 * products ever become API tombstones, so a never-public SKU never leaks) and says what changed
 * for the public.
 */
export async function productWritten(tx: Tx, { productId, wasPublic }: { productId: string; wasPublic: boolean }): Promise<PublicTransition> {
  const now = await isProductPublic(tx, productId);
  if (now) await tx.product.updateMany({ where: { AND: [{ id: productId, firstPublishedAt: null }, PUBLIC_PRODUCT_WHERE] }, data: { firstPublishedAt: new Date() } });
  if (now) return wasPublic ? "updated" : "published";
  return wasPublic ? "unpublished" : "none";
}
