import type { Locale } from "@/lib/i18n/locales";

// Public URLs: zh-CN (the default language) lives at /catalog, English at /en/catalog. The
// website pages, the sitemap, the API and the feeds all build links here so they agree.

export function publicCatalogPath(locale: Locale): string {
  return locale === "en" ? "/en/catalog" : "/catalog";
}

export function publicProductPath(slug: string, locale: Locale): string {
  return `${publicCatalogPath(locale)}/${encodeURIComponent(slug)}`;
}

/** `path` on the public origin, which never ends with a slash. */
export function absoluteUrl(baseUrl: string, path: string): string {
  return `${baseUrl.replace(/\/+$/, "")}${path}`;
}

/**
 * The origin public links point to: CARRACK_PUBLIC_URL, else NEXTAUTH_URL, else the request's
 * own origin (so a CDN or proxy in front should set CARRACK_PUBLIC_URL).
 */
export function publicBaseUrl(request?: Request): string {
  const configured = process.env.CARRACK_PUBLIC_URL || process.env.NEXTAUTH_URL;
  if (configured) return configured.replace(/\/+$/, "");
  if (request) return new URL(request.url).origin;
  return "http://localhost:3000";
}
