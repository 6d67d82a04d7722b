import "server-only";
import type { Tx } from "@/lib/db/client";
import { lockRows } from "@/lib/db/transact";
import { FieldError } from "@/lib/errors";
import { dayToInstant } from "../company-day";

export type PriceListValues = {
  name: string;
  currencyCode: string;
  taxInclusive: boolean;
  /** Inclusive first day (YYYY-MM-DD, company time zone) or null. */
  validFrom: string | null;
  /** Inclusive last day (YYYY-MM-DD, company time zone) or null. */
  validTo: string | null;
  isDefault: boolean;
  isPublic: boolean;
  active: boolean;
};

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** "2026-02-30" is not a day (Date.parse would roll it over to March). */
function isCalendarDay(day: string): boolean {
  if (!DAY.test(day)) return false;
  const at = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(at.getTime()) && at.toISOString().startsWith(day);
}

/** Service-level checks, for callers that skip the form's zod schema (seed, imports). */
export function checkValues(values: PriceListValues): void {
  if (values.name.trim() === "" || values.name.length > 100) throw new FieldError("name", "required");
  for (const field of ["validFrom", "validTo"] as const) {
    const day = values[field];
    if (day !== null && !isCalendarDay(day)) throw new FieldError(field, "pricing.day");
  }
  if (values.validFrom !== null && values.validTo !== null && values.validFrom > values.validTo) throw new FieldError("validTo", "pricing.validRange");
  // Pricing falls back to the list price when the default list is inactive: refuse that state.
  if (values.isDefault && !values.active) throw new FieldError("active", "pricing.defaultMustBeActive");
}

export async function assertCurrencyEnabled(tx: Tx, code: string): Promise<void> {
  const currency = await tx.currency.findUnique({ where: { code }, select: { enabled: true } });
  if (!currency?.enabled) throw new FieldError("currencyCode", "pricing.currencyNotEnabled");
}

/** The columns as stored: validity days become the instants they begin in the company's zone. */
export function toRow(values: PriceListValues) {
  return {
    name: values.name.trim(),
    currencyCode: values.currencyCode,
    taxInclusive: values.taxInclusive,
    validFrom: values.validFrom === null ? null : dayToInstant(values.validFrom),
    validTo: values.validTo === null ? null : dayToInstant(values.validTo),
    isDefault: values.isDefault,
    isPublic: values.isPublic,
    active: values.active,
  };
}

/**
 * Makes `id` the only default list, in the caller's transaction. The company row is locked first
 * (PostgreSQL), so two people making two different lists the default at the same moment run one
 * after the other and the second one's "unset the others" sees the first one's list: exactly one
 * default remains. On SQLite writers already run one at a time.
 */
export async function takeDefault(tx: Tx, id: string): Promise<string[]> {
  await lockRows(tx, "Company", ["company"]);
  const others = await tx.priceList.findMany({ where: { isDefault: true, id: { not: id } }, select: { id: true } });
  if (others.length > 0) await tx.priceList.updateMany({ where: { id: { in: others.map((o) => o.id) } }, data: { isDefault: false } });
  return others.map((o) => o.id);
}
