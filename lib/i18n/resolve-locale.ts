import { cookies, headers } from "next/headers";
import { getActor } from "@/lib/auth/session";
import { PUBLIC_LOCALE_HEADER } from "@/lib/public-catalog/site/site-urls";
import { DEFAULT_LOCALE, LOCALE_COOKIE, isLocale, localeFromAcceptLanguage, type Locale } from "./locales";

/**
 * A public catalog page's own language (set by the proxy from the path), else the signed-in
 * user's preference, else the switcher's cookie, else the browser's languages.
 */
export async function resolveLocale(): Promise<Locale> {
  const fromPath = (await headers()).get(PUBLIC_LOCALE_HEADER);
  if (isLocale(fromPath)) return fromPath;
  const actor = await getActor().catch(() => null);
  if (actor) return actor.locale;
  const fromCookie = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (isLocale(fromCookie)) return fromCookie;
  return localeFromAcceptLanguage((await headers()).get("accept-language")) ?? DEFAULT_LOCALE;
}
