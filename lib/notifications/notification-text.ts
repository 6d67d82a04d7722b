// use-intl/core (what next-intl re-exports) so scripts can run it outside Next, where the
// react-server build of next-intl pulls in client React APIs.
import { createTranslator } from "use-intl/core";
import { loose } from "@/lib/i18n/loose";
import { messagesFor } from "@/lib/i18n/messages";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/i18n/locales";

// A notification is stored as a message key (under notifications.messages) plus JSON values, so
// each reader sees it in their own language. Dates travel as ISO strings and come back as Dates
// for ICU `{due, date, medium}` formatting.

export type NotificationValue = string | number | Date;
export type NotificationValues = Record<string, NotificationValue>;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

export function encodeValues(values: NotificationValues = {}): string {
  return JSON.stringify(values);
}

export function decodeValues(json: string): Record<string, string | number | Date> {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return {};
  }
  const out: Record<string, string | number | Date> = {};
  if (!raw || typeof raw !== "object") return out;
  for (const [key, value] of Object.entries(raw)) {
    if (typeof value === "number") out[key] = value;
    else if (typeof value === "string") out[key] = ISO_DATE.test(value) ? new Date(value) : value;
  }
  return out;
}

export function timeZone(): string {
  return process.env.CARRACK_TIME_ZONE ?? "Asia/Shanghai";
}

/** The notification's text in `locale`; an unknown key (code rolled back?) shows the key, never throws. */
export function notificationText(locale: string, messageKey: string, valuesJson: string): string {
  const lang: Locale = isLocale(locale) ? locale : DEFAULT_LOCALE;
  const t = loose(createTranslator({ locale: lang, messages: messagesFor(lang), namespace: "notifications.messages", timeZone: timeZone() }));
  if (!t.has(messageKey)) return messageKey;
  try {
    return t(messageKey, decodeValues(valuesJson) as Record<string, string | number>);
  } catch {
    return messageKey;
  }
}

/** Any other string of the notifications namespace in `locale` (email footers…). */
export function notificationsString(locale: string, key: string, values: Record<string, string | number> = {}): string {
  const lang: Locale = isLocale(locale) ? locale : DEFAULT_LOCALE;
  return loose(createTranslator({ locale: lang, messages: messagesFor(lang), namespace: "notifications", timeZone: timeZone() }))(key, values);
}
