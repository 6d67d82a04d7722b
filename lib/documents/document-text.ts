import { createTranslator } from "use-intl/core";
import { basisPointsToPercent } from "@/lib/domain/basis-points";
import { displayMoney, formatMoney, minorDigits, toMinor } from "@/lib/domain/money";
import { formatQuantity } from "@/lib/domain/quantity";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";

// Text on a document is in the document's language (the recipient's or the user's locale), not
// the request's: use-intl/core works the same in route handlers, the outbox worker and tests.

export function documentLocale(locale: unknown): Locale {
  return isLocale(locale) ? locale : DEFAULT_LOCALE;
}

export function documentsTranslator(locale: Locale) {
  return createTranslator({ locale, messages: messagesFor(locale), namespace: "documents", timeZone: process.env.CARRACK_TIME_ZONE ?? "Asia/Shanghai" });
}
export type DocumentsT = ReturnType<typeof documentsTranslator>;

/** Formatting in one locale: money with its symbol for totals, plain grouped amounts in tables. */
export function documentFormat(locale: Locale) {
  const grouped = new Map<string, Intl.NumberFormat>();
  return {
    money: (minor: number | bigint, currency: string) => displayMoney(toMinor(minor), currency, locale),
    amount(minor: number | bigint, currency: string): string {
      const digits = minorDigits(currency);
      let format = grouped.get(currency);
      if (!format) {
        format = new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });
        grouped.set(currency, format);
      }
      // The exact decimal text, never a float (Intl formats the string as it is).
      return format.format(formatMoney(toMinor(minor), currency) as Intl.StringNumericLiteral);
    },
    quantity: (thousandths: number) => formatQuantity(thousandths),
    percent: (bp: number) => `${basisPointsToPercent(bp)}%`,
  };
}
export type DocumentFormat = ReturnType<typeof documentFormat>;

/** A file name safe in a Content-Disposition header and on any disk: "Q-2026-00001.pdf". */
export function pdfFileName(base: string): string {
  const safe = base.replace(/[^A-Za-z0-9._-]+/g, "_").replace(/^[._]+/, "").slice(0, 100);
  return `${safe || "document"}.pdf`;
}
