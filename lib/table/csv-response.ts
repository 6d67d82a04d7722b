import "server-only";
import { stringify } from "csv-stringify/sync";

export type CsvColumn<T> = { header: string; value: (row: T) => string | number | boolean | Date | null | undefined };

export const CSV_BATCH_SIZE = 500;

/**
 * Reads a whole filtered list in keyset batches (ordered by id, `id > cursor`), so an export of
 * any size holds at most one batch in memory and never slows down on deep OFFSETs.
 * `fetchBatch` must order by id ascending and return at most `take` rows.
 */
export async function* keysetBatches<T extends { id: string }>(
  fetchBatch: (args: { cursor: string | null; take: number }) => Promise<T[]>,
  batchSize = CSV_BATCH_SIZE,
): AsyncGenerator<T[]> {
  let cursor: string | null = null;
  for (;;) {
    const rows = await fetchBatch({ cursor, take: batchSize });
    if (rows.length > 0) yield rows;
    if (rows.length < batchSize) return;
    cursor = rows[rows.length - 1].id;
  }
}

function cell(value: ReturnType<CsvColumn<unknown>["value"]>): string | number {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "boolean") return value ? "true" : "false";
  return value;
}

/** `users-2026-03-01.csv`: a safe ASCII name plus the RFC 5987 form for any other characters. */
function disposition(filename: string): string {
  const ascii = filename.replace(/[^A-Za-z0-9._-]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}

/**
 * A streamed CSV download. Rows are pulled batch by batch only as fast as the client reads
 * (ReadableStream `pull`), written through csv-stringify with a UTF-8 BOM so Excel opens
 * Chinese text correctly, and cells starting with = + - @ are escaped against formula injection.
 */
export function csvResponse<T>({ filename, columns, batches }: { filename: string; columns: CsvColumn<T>[]; batches: AsyncIterator<T[]> | AsyncIterable<T[]> }): Response {
  const iterator = Symbol.asyncIterator in batches ? (batches as AsyncIterable<T[]>)[Symbol.asyncIterator]() : (batches as AsyncIterator<T[]>);
  const encoder = new TextEncoder();
  const options = { escape_formulas: true, record_delimiter: "windows" as const };
  let headerSent = false;

  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        if (!headerSent) {
          headerSent = true;
          controller.enqueue(encoder.encode(stringify([columns.map((c) => c.header)], { ...options, bom: true })));
          return;
        }
        const next = await iterator.next();
        if (next.done) {
          controller.close();
          return;
        }
        const records = next.value.map((row) => columns.map((c) => cell(c.value(row))));
        controller.enqueue(encoder.encode(stringify(records, options)));
      } catch (error) {
        // The status line is already sent: abort the body so the download visibly fails.
        controller.error(error);
      }
    },
    async cancel() {
      await iterator.return?.();
    },
  });

  return new Response(stream, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": disposition(filename),
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

/** `prefix-YYYY-MM-DD.csv` in the given zone. */
export function csvFilename(prefix: string, timeZone: string, now = new Date()): string {
  const day = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
  return `${prefix}-${day}.csv`;
}
