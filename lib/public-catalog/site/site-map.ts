import type { MetadataRoute } from "next";
import { catalogSearchParams } from "./query-catalog";
import { SITE_LOCALES, catalogPath, productPath, siteUrl } from "./site-urls";
import type { SiteCatalogIndex } from "./site-types";

/**
 * Every public page in both languages, each with its other-language alternate: the catalog
 * home, one list page per category that has public products, one page per public product.
 */
export function siteMapEntries(index: SiteCatalogIndex): MetadataRoute.Sitemap {
  const both = (path: (l: (typeof SITE_LOCALES)[number]) => string, extra: Omit<MetadataRoute.Sitemap[number], "url">) =>
    SITE_LOCALES.map((l) => ({ url: siteUrl(path(l)), ...extra, alternates: { languages: Object.fromEntries(SITE_LOCALES.map((o) => [o, siteUrl(path(o))])) } }));
  const newest = index.products.reduce((max, p) => (p.updatedAt > max ? p.updatedAt : max), "");
  return [
    ...both((l) => catalogPath(l), { changeFrequency: "daily", priority: 1, ...(newest ? { lastModified: newest } : {}) }),
    ...index.categories.flatMap((c) => both((l) => catalogPath(l, catalogSearchParams({ category: c.slug })), { changeFrequency: "weekly", priority: 0.6 })),
    ...index.products.flatMap((p) => both((l) => productPath(l, p.slug), { lastModified: p.updatedAt, changeFrequency: "weekly", priority: 0.8 })),
  ];
}
