import "server-only";
import type { z } from "zod";
import type { Locale } from "@/lib/i18n/locales";
import { findPublicCategories } from "@/lib/public-catalog/find-public-categories";
import { findPublicProductBySku } from "@/lib/public-catalog/find-public-product";
import { findPublicProducts } from "@/lib/public-catalog/find-public-products";
import { baseCurrency, type PriceAudience } from "@/lib/public-catalog/load-public-products";
import { toPublicProduct } from "@/lib/public-catalog/to-public-product";
import { ApiError } from "./api-error";
import type { CategoryListResponse, ProductListQuery, ProductListResponse, ProductResponse } from "./schemas";

// What each catalog endpoint answers, apart from HTTP: the route handlers and the static export
// (scripts/catalog-export.ts) call these, so both serve the same documents.

/** Path parameters may arrive still percent-encoded (a SKU may contain "/"). */
function safeDecode(value: string): string {
  try {
    return value.includes("%") ? decodeURIComponent(value) : value;
  } catch {
    return value;
  }
}

type Base = { audience: PriceAudience; baseUrl: string };

export async function productListBody({ query, audience, baseUrl }: Base & { query: z.output<typeof ProductListQuery> }): Promise<z.output<typeof ProductListResponse>> {
  const page = await findPublicProducts({ limit: query.limit, cursor: query.cursor, updatedSince: query.updatedSince, category: query.category, q: query.q, audience });
  const context = { locale: query.locale, baseUrl, baseCurrency: await baseCurrency() };
  return {
    data: page.items.map((item) => (item.type === "product" ? toPublicProduct(item.product, context) : { sku: item.sku, deleted: true as const, updatedAt: item.updatedAt.toISOString() })),
    nextCursor: page.nextCursor,
    nextUpdatedSince: page.nextUpdatedSince,
  };
}

export async function productBody({ sku, locale, audience, baseUrl }: Base & { sku: string; locale: Locale }): Promise<z.output<typeof ProductResponse>> {
  const product = sku.length <= 64 ? await findPublicProductBySku(safeDecode(sku), audience) : null;
  if (!product) throw new ApiError(404, "not_found", "No public product with this SKU");
  return { data: toPublicProduct(product, { locale, baseUrl, baseCurrency: await baseCurrency() }) };
}

export async function categoriesBody({ locale }: { locale: Locale }): Promise<z.output<typeof CategoryListResponse>> {
  return { data: await findPublicCategories(locale) };
}
