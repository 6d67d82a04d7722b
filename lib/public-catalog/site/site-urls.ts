import type { Locale } from "@/lib/i18n/locales";
import { absoluteUrl, publicBaseUrl, publicCatalogPath, publicProductPath } from "../urls";

// Website URLs on top of ../urls.ts (which the API and feeds use too): the language is in the
// path, not a cookie or Accept-Language, so each page has one language that search engines can
// index and link as hreflang alternates.

export const SITE_LOCALES: readonly Locale[] = ["zh-CN", "en"];

/** The request header the proxy sets for public paths: the page's language, taken from its path. */
export const PUBLIC_LOCALE_HEADER = "x-carrack-public-locale";

export function catalogPath(locale: Locale, search?: URLSearchParams | string): string {
  const query = search ? String(search) : "";
  return query ? `${publicCatalogPath(locale)}?${query}` : publicCatalogPath(locale);
}

export const productPath = (locale: Locale, slug: string) => publicProductPath(slug, locale);

/** The language of a public catalog path, or null for every other path (the staff app). */
export function publicPathLocale(pathname: string): Locale | null {
  if (pathname === "/catalog" || pathname.startsWith("/catalog/")) return "zh-CN";
  if (pathname === "/en/catalog" || pathname.startsWith("/en/catalog/")) return "en";
  return null;
}

/** The same public page in the other language (the switcher and hreflang). */
export function switchLocalePath(pathname: string, to: Locale): string {
  const rest = pathname.startsWith("/en/catalog") ? pathname.slice("/en".length) : pathname;
  return to === "en" ? `/en${rest}` : rest;
}

/** A site path as an absolute URL on the public origin (canonical links, sitemap, structured data). */
export const siteUrl = (path: string) => absoluteUrl(publicBaseUrl(), path);
