import { formatQuantity } from "@/lib/domain/quantity";

/** Thousandths → "1,234.5" in the reader's locale; Intl formats the exact decimal text, never a float. */
export function displayQuantity(thousandths: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 3 }).format(formatQuantity(thousandths) as Intl.StringNumericLiteral);
}

/** The product's name in the reader's language. */
export function localName(item: { nameZh: string; nameEn: string }, locale: string): string {
  return locale === "en" ? item.nameEn : item.nameZh;
}
