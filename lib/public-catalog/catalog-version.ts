import "server-only";
import { createHash } from "node:crypto";
import { db, dbKind } from "@/lib/db/client";
import { companyDay } from "@/lib/pricing/company-day";

// The public catalog's version: one aggregate query over everything a public answer depends on
// (the inputs of the feed ETags, lib/api/feeds/feed-version.ts, for all audiences at once).
// Every writer leaves a trace here: product, variant, option and image edits touch
// Product.updatedAt (product-written.ts), a stock move that changes an availability level does
// too (refresh-availability.ts), prices, lists, categories and the company carry their own
// updatedAt, deletions change a count. Derived from the data, not from a counter in memory, so
// it holds across processes, instances, scripts and seeds, and the very next request sees a
// change.
//
// Why SUM of the timestamps and not MAX: on PostgreSQL two transactions can commit out of
// timestamp order; the later commit of the OLDER timestamp leaves MAX and COUNT unchanged, but
// any update raises its row's timestamp and so the sum. (Two writes to one row within the same
// millisecond, with a read between them, are the blind spot.)

type Column = { table: string; column: string };
const STAMPED: Column[] = [
  { table: "Product", column: "updatedAt" },
  { table: "ProductImage", column: "createdAt" },
  { table: "PriceListItem", column: "updatedAt" },
  { table: "PriceList", column: "updatedAt" },
  { table: "Category", column: "updatedAt" },
  { table: "Company", column: "updatedAt" },
];

/** A timestamp column as integer milliseconds (SQLite stores ISO 8601 text). */
function millis(column: string): string {
  return dbKind === "sqlite" ? `CAST(ROUND(unixepoch("${column}", 'subsec') * 1000) AS INTEGER)` : `CAST(ROUND(EXTRACT(EPOCH FROM "${column}") * 1000) AS BIGINT)`;
}

const PROBE = `SELECT ${[
  ...STAMPED.map(({ table, column }) => `(SELECT COUNT(*) FROM "${table}") AS "${table}Count", (SELECT SUM(${millis(column)}) FROM "${table}") AS "${table}Sum"`),
  // VAT rates have no timestamp; a changed rate changes one of these sums.
  `(SELECT COUNT(*) FROM "VatRate") AS "vatCount", (SELECT SUM("rateBp") FROM "VatRate") AS "vatSum", (SELECT SUM("rateBp" * "rateBp") FROM "VatRate") AS "vatSquares"`,
].join(", ")}`;

const text = (value: unknown): string => (value instanceof Date ? value.toISOString() : value === null || value === undefined ? "-" : String(value));

/** Reads the version now (one query). The company day is part of it: price lists have validity days. */
export async function probeCatalogVersion(): Promise<string> {
  const [row] = await db.$queryRawUnsafe<Record<string, unknown>[]>(PROBE);
  const parts = [companyDay(), ...Object.keys(row ?? {}).sort().map((k) => `${k}=${text(row?.[k])}`)];
  return createHash("sha256").update(parts.join("|")).digest("base64url").slice(0, 24);
}

type Probe = { running: Promise<string> | null; queued: Promise<string> | null };
const globalProbe = globalThis as unknown as { carrackCatalogProbe?: Probe };
const state: Probe = (globalProbe.carrackCatalogProbe ??= { running: null, queued: null });

function start(): Promise<string> {
  const running = probeCatalogVersion().finally(() => {
    if (state.running === running) state.running = null;
  });
  state.running = running;
  return running;
}

/**
 * The version as of a moment after this call, shared between concurrent callers: a caller joins
 * the next probe that STARTS after it arrived (never one already running, which might have read
 * before a change the caller must see). Under load that is one probe per probe duration instead
 * of one per request.
 */
export function catalogVersion(): Promise<string> {
  if (!state.running) return start();
  state.queued ??= state.running
    .then(
      () => undefined,
      () => undefined,
    )
    .then(() => {
      state.queued = null;
      return start();
    });
  return state.queued;
}
