import "server-only";
import { unstable_cache } from "next/cache";
import { db } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/locales";
import { findPublicProductBySlug } from "../find-public-product";
import { PUBLIC_CATALOG_TAG } from "../invalidate";
import { baseCurrency } from "../load-public-products";
import type { PublicProduct } from "../schema";
import { toPublicProduct } from "../to-public-product";
import { publicBaseUrl } from "../urls";
import { loadCatalogIndex } from "./load-catalog-index";

// The public pages read through the data cache: one entry for the catalog index, one per product
// page, shared by every visitor and both languages. Catalog changes clear them at once (see
// ../invalidate.ts); stock moves from documents that do not call the hook show within
// REVALIDATE_SECONDS.
export const REVALIDATE_SECONDS = 300;

const options = { tags: [PUBLIC_CATALOG_TAG], revalidate: REVALIDATE_SECONDS };

export const cachedCatalogIndex = unstable_cache(loadCatalogIndex, ["public-catalog-index"], options);

const cachedProductSource = unstable_cache(
  async (slug: string) => {
    const source = await findPublicProductBySlug(slug);
    return source ? { source, baseCurrency: await baseCurrency() } : null;
  },
  ["public-catalog-product"],
  options,
);

/** A public product page's model in one language, or null when the slug is not public. */
export async function cachedSiteProduct(slug: string, locale: Locale): Promise<PublicProduct | null> {
  const cached = await cachedProductSource(slug);
  if (!cached) return null;
  // The cache stores JSON: the one Date comes back as text.
  const source = { ...cached.source, updatedAt: new Date(cached.source.updatedAt) };
  return toPublicProduct(source, { locale, baseUrl: publicBaseUrl(), baseCurrency: cached.baseCurrency });
}

/** What the site shows about the company itself (public contact details anyway). */
async function loadSiteCompany(): Promise<{ name: string; email: string; phone: string }> {
  const company = await db.company.findUnique({ where: { id: "company" }, select: { name: true, email: true, phone: true } });
  return { name: company?.name || "Carrack", email: company?.email ?? "", phone: company?.phone ?? "" };
}

export const cachedSiteCompany = unstable_cache(loadSiteCompany, ["public-catalog-company"], options);
