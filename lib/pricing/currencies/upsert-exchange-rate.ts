import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { writeAudit } from "@/lib/audit/write-audit";
import type { Tx } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/errors";
import { transact } from "@/lib/db/transact";
import { FieldError } from "@/lib/errors";
import { normalizeRate } from "@/lib/validation/currency";

export type RateEntry = {
  currencyCode: string;
  /** YYYY-MM-DD, the day the rate is for. */
  rateDate: string;
  /** 1 unit of the currency = `rate` units of the base currency; exact decimal text. */
  rate: string;
};

export type RateWrite = "created" | "replaced" | "unchanged";

/**
 * Writes one rate in the caller's transaction: one rate per currency per day, so a second entry
 * for the same day replaces the first (audited with the old rate). The currency must exist and
 * not be the base currency (whose rate is always 1).
 */
export async function putRate(tx: Tx, actor: Actor, entry: RateEntry, source: "manual" | "csv"): Promise<RateWrite> {
  const rate = normalizeRate(entry.rate);
  if (rate === null) throw new FieldError("rate", "pricing.rate");
  const currency = await tx.currency.findUnique({ where: { code: entry.currencyCode }, select: { code: true } });
  if (!currency) throw new FieldError("currencyCode", "currency");
  const company = await tx.company.findUnique({ where: { id: "company" }, select: { baseCurrency: true } });
  if (entry.currencyCode === (company?.baseCurrency ?? "CNY")) throw new FieldError("currencyCode", "pricing.baseCurrencyRate");

  const key = { currencyCode_rateDate: { currencyCode: entry.currencyCode, rateDate: entry.rateDate } };
  const existing = await tx.exchangeRate.findUnique({ where: key, select: { id: true, rate: true } });
  if (existing && existing.rate === rate) return "unchanged";
  const row = await tx.exchangeRate.upsert({
    where: key,
    create: { currencyCode: entry.currencyCode, rateDate: entry.rateDate, rate, source, createdById: actor.id },
    update: { rate, source, createdById: actor.id },
    select: { id: true },
  });
  await writeAudit(tx, {
    actor,
    action: existing ? "update" : "create",
    entityType: "ExchangeRate",
    entityId: row.id,
    before: existing ? { currencyCode: entry.currencyCode, rateDate: entry.rateDate, rate: existing.rate } : undefined,
    after: { currencyCode: entry.currencyCode, rateDate: entry.rateDate, rate, source },
  });
  return existing ? "replaced" : "created";
}

/** Manual entry of one dated rate (finance/admin). */
export async function upsertExchangeRate({ actor, input }: { actor: Actor; input: RateEntry }): Promise<RateWrite> {
  assertCan(actor, "currency.manage");
  try {
    return await transact((tx) => putRate(tx, actor, input, "manual"));
  } catch (error) {
    // Two people entering the same day at once (PostgreSQL): the loser runs again and replaces.
    if (!isUniqueViolation(error)) throw error;
    return transact((tx) => putRate(tx, actor, input, "manual"));
  }
}
