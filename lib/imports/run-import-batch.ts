import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { NotFoundError } from "@/lib/errors";
import { ImportError } from "./import-error";
import { loadReadyImport, readRows } from "./import-files";
import { IMPORT_BATCH_SIZE } from "./limits";
import type { RowError } from "./importer";
import { applyMapping, missingRequired, sanitizeMapping } from "./mapping";
import { importerFor } from "./registry";


export type BatchResult = {
  offset: number;
  nextOffset: number;
  total: number;
  done: boolean;
  created: number;
  updated: number;
  unchanged: number;
  skipped: number;
  /** Row errors with the file's own header text for the column. */
  errors: (RowError & { column: string | null })[];
};

/**
 * Validates (dryRun) or imports one batch of an uploaded file, starting at data row `offset`.
 * The client drives the loop, so progress needs no job table and a batch can be re-sent.
 */
export async function runImportBatch({
  actor,
  token,
  type,
  mapping,
  offset,
  dryRun,
  matchOn,
}: {
  actor: Actor;
  token: string;
  type: string;
  mapping: Record<string, unknown>;
  offset: number;
  dryRun: boolean;
  /** One of the importer's matchKeys (its first when absent). */
  matchOn?: string;
}): Promise<BatchResult> {
  const importer = importerFor(type);
  if (!importer) throw new NotFoundError();
  assertCan(actor, importer.permission);
  const meta = await loadReadyImport({ actor, token, type });
  const columns = sanitizeMapping(importer.fields, mapping, meta.headers.length);
  const match = importer.matchKeys ? (matchOn ?? importer.matchKeys[0]) : undefined;
  if (match !== undefined && !importer.matchKeys?.includes(match)) throw new ImportError("errors.matchOn");
  // The column a row is matched on must be mapped, or every row would look new.
  if (match !== undefined && columns[match] === undefined) throw new ImportError("errors.mappingIncomplete", { fields: match });
  const missing = missingRequired(importer.fields, columns);
  if (missing.length > 0) throw new ImportError("errors.mappingIncomplete", { fields: missing.join(", ") });
  // Offsets come from our own previous answer; a batch always starts on a checkpoint.
  if (offset < 0 || offset > meta.total || offset % IMPORT_BATCH_SIZE !== 0) throw new ImportError("errors.offset");

  const records = await readRows(meta, offset, IMPORT_BATCH_SIZE);
  const rows = records
    .map(({ index, record }) => ({ row: index + 2, values: applyMapping(record, columns) }))
    // Blank spreadsheet rows (",,,,") are skipped, not errors.
    .filter((r) => Object.values(r.values).some((v) => v !== ""));
  const outcome = rows.length > 0 ? await importer.run({ actor, rows, dryRun, matchOn: match }) : { created: 0, updated: 0, unchanged: 0, errors: [] };
  const nextOffset = offset + records.length;
  return {
    offset,
    nextOffset,
    total: meta.total,
    done: nextOffset >= meta.total,
    created: outcome.created,
    updated: outcome.updated,
    unchanged: outcome.unchanged,
    skipped: records.length - rows.length,
    errors: outcome.errors.map((e) => ({ ...e, column: e.field !== null && columns[e.field] !== undefined ? meta.headers[columns[e.field]] : null })),
  };
}
