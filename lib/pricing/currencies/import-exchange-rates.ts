import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { transact } from "@/lib/db/transact";
import { AppError } from "@/lib/errors";
import { parseRatesCsv, type RateRow, type RateRowError } from "./parse-rates-csv";
import { putRate } from "./upsert-exchange-rate";

export type RateAction = "create" | "replace" | "unchanged";
export type RatesImportReport = {
  mode: "dryRun" | "import";
  total: number;
  counts: Record<RateAction, number>;
  errors: RateRowError[];
  /** The first rows with what importing them does (the dry run's preview). */
  preview: (RateRow & { action: RateAction; previous: string | null })[];
};

const PREVIEW_ROWS = 50;

/** Checks the rows against the currencies table: known currency, not the base currency. */
async function checkCurrencies(rows: RateRow[]): Promise<{ valid: RateRow[]; errors: RateRowError[] }> {
  const company = await db.company.findUnique({ where: { id: "company" }, select: { baseCurrency: true } });
  const base = company?.baseCurrency ?? "CNY";
  const known = new Set((await db.currency.findMany({ select: { code: true } })).map((c) => c.code));
  const valid: RateRow[] = [];
  const errors: RateRowError[] = [];
  for (const row of rows) {
    if (!known.has(row.currencyCode)) errors.push({ line: row.line, field: "currency", key: "unknownCurrency", values: { currency: row.currencyCode } });
    else if (row.currencyCode === base) errors.push({ line: row.line, field: "currency", key: "baseCurrency", values: { currency: row.currencyCode } });
    else valid.push(row);
  }
  return { valid, errors };
}

/**
 * CSV import of dated rates. Dry run: every row checked, nothing written, a preview of what
 * would be created or replaced. Import: the same checks, then all rows in ONE transaction —
 * a file with any row error imports nothing (AppError "pricing.importHasErrors").
 */
export async function importExchangeRates({ actor, text, mode }: { actor: Actor; text: string; mode: "dryRun" | "import" }): Promise<RatesImportReport> {
  assertCan(actor, "currency.manage");
  const parsed = parseRatesCsv(text);
  const checked = await checkCurrencies(parsed.rows);
  const errors = [...parsed.errors, ...checked.errors].sort((a, b) => a.line - b.line);
  const total = parsed.rows.length + new Set(parsed.errors.map((e) => e.line)).size;

  if (mode === "import") {
    if (errors.length > 0) throw new AppError("pricing.importHasErrors", { count: new Set(errors.map((e) => e.line)).size });
    const counts: Record<RateAction, number> = { create: 0, replace: 0, unchanged: 0 };
    await transact(
      async (tx) => {
        counts.create = counts.replace = counts.unchanged = 0; // a retried transaction counts again
        for (const row of checked.valid) {
          const result = await putRate(tx, actor, row, "csv");
          counts[result === "created" ? "create" : result === "replaced" ? "replace" : "unchanged"] += 1;
        }
      },
      { timeoutMs: 120_000 },
    );
    return { mode, total, counts, errors: [], preview: [] };
  }

  const existing = await db.exchangeRate.findMany({
    where: { currencyCode: { in: [...new Set(checked.valid.map((r) => r.currencyCode))] }, rateDate: { in: [...new Set(checked.valid.map((r) => r.rateDate))] } },
    select: { currencyCode: true, rateDate: true, rate: true },
  });
  const stored = new Map(existing.map((e) => [`${e.currencyCode}|${e.rateDate}`, e.rate]));
  const counts: Record<RateAction, number> = { create: 0, replace: 0, unchanged: 0 };
  const planned = checked.valid.map((row) => {
    const previous = stored.get(`${row.currencyCode}|${row.rateDate}`) ?? null;
    const action: RateAction = previous === null ? "create" : previous === row.rate ? "unchanged" : "replace";
    counts[action] += 1;
    return { ...row, action, previous };
  });
  return { mode, total, counts, errors, preview: planned.slice(0, PREVIEW_ROWS) };
}
