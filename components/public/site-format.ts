import { displayMoney } from "@/lib/domain/money";
import type { Locale } from "@/lib/i18n/locales";
import type { PublicPrice } from "@/lib/public-catalog/schema";

/** A public price for people, in the page's language. */
export function showPrice(price: PublicPrice, locale: string, amountMinor = price.amountMinor): string {
  return displayMoney(amountMinor, price.currency, locale);
}

/** A product's or image's text in the page's language. */
export function pick<T extends string>(item: Record<`${T}Zh` | `${T}En`, string>, field: T, locale: string): string {
  return locale === "en" ? item[`${field}En`] : item[`${field}Zh`];
}

/** A category's name in the page's language. */
export const categoryName = (c: { names: Record<Locale, string> }, locale: Locale) => c.names[locale] || c.names["zh-CN"];
