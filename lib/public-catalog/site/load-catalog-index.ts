import "server-only";
import { db } from "@/lib/db/client";
import { findPublicCategories } from "../find-public-categories";
import { baseCurrency, loadPublicProducts } from "../load-public-products";
import { PUBLIC_PRODUCT_WHERE } from "../public-where";
import { toPublicProduct } from "../to-public-product";
import { siteImage } from "./site-image";
import type { SiteCatalogIndex, SiteProductCard } from "./site-types";

/**
 * Every public product as a compact card plus the public category tree: the catalog list
 * filters, sorts and pages these in memory (./query-catalog.ts). A few hundred bytes per product,
 * so a catalog of thousands stays one small cache entry.
 */
export async function loadCatalogIndex(): Promise<SiteCatalogIndex> {
  const rows = await db.product.findMany({ where: PUBLIC_PRODUCT_WHERE, select: { id: true, firstPublishedAt: true, createdAt: true }, orderBy: { id: "asc" } });
  const published = new Map(rows.map((r) => [r.id, (r.firstPublishedAt ?? r.createdAt).toISOString()]));
  const [products, categories, currency] = [await loadPublicProducts(rows.map((r) => r.id)), await findPublicCategories("zh-CN"), await baseCurrency()];
  const cards = products.map((source): SiteProductCard => {
    // The shared model decides a group's price (its lowest variant) and availability (its best variant).
    const model = toPublicProduct(source, { locale: "zh-CN", baseUrl: "", baseCurrency: currency });
    const variantPrices = new Set(model.variants.flatMap((v) => (v.price ? [v.price.amountMinor] : [])));
    const image = source.images[0] ?? source.variants.find((v) => v.images.length)?.images[0];
    return {
      slug: source.slug,
      sku: source.sku,
      nameZh: source.nameZh,
      nameEn: source.nameEn,
      brand: source.brand,
      categorySlug: source.categoryPath.at(-1)?.slug ?? null,
      kind: source.kind,
      price: model.price,
      priceFrom: variantPrices.size > 1,
      availability: model.availability,
      image: image ? siteImage(image) : null,
      publishedAt: published.get(source.id) ?? model.updatedAt,
      updatedAt: model.updatedAt,
    };
  });
  return {
    products: cards,
    categories: categories.map(({ slug, parentSlug, names, depth, productCount }) => ({ slug, parentSlug, names, depth, productCount })),
  };
}
