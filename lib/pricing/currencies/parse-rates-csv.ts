// Exchange-rate CSV → checked rows, before any database lookup. Pure; unit tested.
// Format: a header line naming the columns currency, date, rate (any order, any case; extra
// columns are ignored), then one rate per line: USD,2026-03-02,7.1234. UTF-8, optional BOM,
// comma separated, quotes allowed.
import { parse } from "csv-parse/sync";
import { AppError } from "@/lib/errors";
import { normalizeRate } from "@/lib/validation/currency";

export const MAX_RATE_ROWS = 5000;

export type RateRowError = { line: number; field: "currency" | "date" | "rate" | "row"; key: string; values?: Record<string, string | number> };
export type RateRow = { line: number; currencyCode: string; rateDate: string; rate: string };
export type ParsedRates = { rows: RateRow[]; errors: RateRowError[] };

const COLUMNS = ["currency", "date", "rate"] as const;

function isDay(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(Date.parse(`${text}T00:00:00Z`)) && new Date(`${text}T00:00:00Z`).toISOString().startsWith(text);
}

/**
 * Every row checked on its own (currency shape, day, rate) and against the others (one rate per
 * currency per day in a file). A file that cannot be read as such a table is an AppError; row
 * problems are listed, each with its line number (the header is line 1).
 */
export function parseRatesCsv(text: string): ParsedRates {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, { bom: true, skip_empty_lines: true, trim: true, relax_column_count: true, info: true }) as unknown as typeof records;
  } catch {
    throw new AppError("pricing.importHeader");
  }
  const header = (records[0]?.record ?? []).map((h) => h.trim().toLowerCase());
  const index = Object.fromEntries(COLUMNS.map((c) => [c, header.indexOf(c)])) as Record<(typeof COLUMNS)[number], number>;
  if (COLUMNS.some((c) => index[c] === -1)) throw new AppError("pricing.importHeader");
  const body = records.slice(1);
  if (body.length === 0) throw new AppError("pricing.importEmpty");
  if (body.length > MAX_RATE_ROWS) throw new AppError("pricing.importTooManyRows", { max: MAX_RATE_ROWS });

  const rows: RateRow[] = [];
  const errors: RateRowError[] = [];
  const seen = new Map<string, number>();
  body.forEach(({ record, info }) => {
    const line = info.lines; // the file's own line number, blank lines included
    const cell = (c: (typeof COLUMNS)[number]) => (record[index[c]] ?? "").trim();
    const currencyCode = cell("currency").toUpperCase();
    const rateDate = cell("date");
    const rate = normalizeRate(cell("rate"));
    const before = errors.length;
    if (!/^[A-Z]{3}$/.test(currencyCode)) errors.push({ line, field: "currency", key: "currency" });
    if (!isDay(rateDate)) errors.push({ line, field: "date", key: "date" });
    if (rate === null) errors.push({ line, field: "rate", key: "rate" });
    if (errors.length > before) return;
    const key = `${currencyCode}|${rateDate}`;
    const first = seen.get(key);
    if (first !== undefined) {
      errors.push({ line, field: "row", key: "duplicate", values: { line: first } });
      return;
    }
    seen.set(key, line);
    rows.push({ line, currencyCode, rateDate, rate: rate! });
  });
  return { rows, errors };
}
