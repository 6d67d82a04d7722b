import type { MetadataRoute } from "next";
import { cachedCatalogIndex } from "@/lib/public-catalog/site/cached-catalog";
import { siteMapEntries } from "@/lib/public-catalog/site/site-map";

// Built from the cached catalog index at request time (never at build, when there may be no database).
export const dynamic = "force-dynamic";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  return siteMapEntries(await cachedCatalogIndex());
}
