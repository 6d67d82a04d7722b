import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan, can } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { AccessDeniedError } from "@/lib/errors";

async function baseCurrency(): Promise<string> {
  const company = await db.company.findUnique({ where: { id: "company" }, select: { baseCurrency: true } });
  return company?.baseCurrency ?? "CNY";
}

/**
 * Every currency with its latest rate (one small query per currency: there are a handful), base
 * currency first, then enabled ones, then by code.
 */
export async function findCurrencies({ actor }: { actor: Actor }) {
  assertCan(actor, "currency.manage");
  const base = await baseCurrency();
  const currencies = await db.currency.findMany({
    orderBy: { code: "asc" },
    select: { code: true, nameZh: true, nameEn: true, minorDigits: true, enabled: true, _count: { select: { rates: true } } },
  });
  const rows = [];
  for (const { _count, ...c } of currencies) {
    const latest = c.code === base ? null : await db.exchangeRate.findFirst({ where: { currencyCode: c.code }, orderBy: { rateDate: "desc" }, select: { rate: true, rateDate: true } });
    rows.push({ ...c, isBase: c.code === base, rateCount: _count.rates, latest });
  }
  rows.sort((a, b) => Number(b.isBase) - Number(a.isBase) || Number(b.enabled) - Number(a.enabled) || a.code.localeCompare(b.code));
  return { base, rows };
}

export type CurrencyRow = Awaited<ReturnType<typeof findCurrencies>>["rows"][number];

/** The currencies a price list may use (enabled ones), for the price list form. */
export async function findEnabledCurrencies({ actor }: { actor: Actor }) {
  if (!can(actor, "pricing.manage") && !can(actor, "currency.manage")) throw new AccessDeniedError();
  return db.currency.findMany({ where: { enabled: true }, orderBy: { code: "asc" }, select: { code: true, nameZh: true, nameEn: true } });
}

/** One currency and whether it is the base, for its rates page. */
export async function findCurrency({ actor, code }: { actor: Actor; code: string }) {
  assertCan(actor, "currency.manage");
  const currency = await db.currency.findUnique({ where: { code }, select: { code: true, nameZh: true, nameEn: true, minorDigits: true, enabled: true } });
  if (!currency) return null;
  return { ...currency, isBase: currency.code === (await baseCurrency()) };
}
