import "server-only";
import { db } from "@/lib/db/client";
import { loadPublicProducts, PUBLIC_AUDIENCE, type LoadedPublicProduct, type PriceAudience } from "./load-public-products";
import { PUBLIC_PRODUCT_WHERE } from "./public-where";

/** A public product by its slug (the website's product page), or null. */
export async function findPublicProductBySlug(slug: string, audience: PriceAudience = PUBLIC_AUDIENCE): Promise<LoadedPublicProduct | null> {
  const row = await db.product.findFirst({ where: { AND: [PUBLIC_PRODUCT_WHERE, { slug }] }, select: { id: true } });
  return row ? ((await loadPublicProducts([row.id], audience))[0] ?? null) : null;
}

/**
 * A public product by SKU, or null. A variant's SKU finds its group (the group's `variants`
 * carry it), because partners and feeds know variants by their own SKU.
 */
export async function findPublicProductBySku(sku: string, audience: PriceAudience = PUBLIC_AUDIENCE): Promise<LoadedPublicProduct | null> {
  const row = await db.product.findFirst({
    where: { OR: [{ AND: [PUBLIC_PRODUCT_WHERE, { sku }] }, { sku, kind: "variant", status: "active", parent: PUBLIC_PRODUCT_WHERE }] },
    select: { id: true, parentId: true },
  });
  if (!row) return null;
  return (await loadPublicProducts([row.parentId ?? row.id], audience))[0] ?? null;
}
