// Drives the CSV import the way the wizard does (upload in chunks, finish, then batches until
// done), for integration tests of any import type. Needs CARRACK_DATA_DIR pointing at a temp dir.
import type { Actor } from "@/lib/auth/actor";
import { appendChunk, createUpload, finishUpload } from "@/lib/imports/import-files";
import type { RowError } from "@/lib/imports/importer";
import { MAX_CHUNK_BYTES } from "@/lib/imports/limits";
import { autoMap, type ColumnMapping } from "@/lib/imports/mapping";
import { importerFor } from "@/lib/imports/registry";
import { runImportBatch } from "@/lib/imports/run-import-batch";

export type ImportRun = { created: number; updated: number; unchanged: number; skipped: number; errors: (RowError & { column: string | null })[]; batches: number };

/** Uploads `bytes` as the actor's file; returns the token, headers and row count. */
export async function uploadCsv(actor: Actor, type: string, bytes: Uint8Array, fileName = "test.csv") {
  const { token } = await createUpload({ actor, type, fileName, size: bytes.length });
  for (let offset = 0; offset < bytes.length; offset += MAX_CHUNK_BYTES) {
    await appendChunk({ actor, token, offset, bytes: bytes.subarray(offset, offset + MAX_CHUNK_BYTES) });
  }
  return finishUpload({ actor, token });
}

/** Every batch of an uploaded file, dry or for real, with the auto-mapping unless given. */
export async function runAllBatches(actor: Actor, type: string, token: string, headers: string[], options: { dryRun: boolean; mapping?: ColumnMapping }): Promise<ImportRun> {
  const mapping = options.mapping ?? autoMap(headers, importerFor(type)!.fields);
  const run: ImportRun = { created: 0, updated: 0, unchanged: 0, skipped: 0, errors: [], batches: 0 };
  for (let offset = 0; ; ) {
    const r = await runImportBatch({ actor, token, type, mapping, offset, dryRun: options.dryRun });
    run.created += r.created;
    run.updated += r.updated;
    run.unchanged += r.unchanged;
    run.skipped += r.skipped;
    run.errors.push(...r.errors);
    run.batches += 1;
    if (r.done) return run;
    offset = r.nextOffset;
  }
}

/** Upload and run in one go. */
export async function importCsv(actor: Actor, type: string, text: string | Uint8Array, options: { dryRun: boolean; mapping?: ColumnMapping }): Promise<ImportRun> {
  const bytes = typeof text === "string" ? new TextEncoder().encode(text) : text;
  const ready = await uploadCsv(actor, type, bytes);
  return runAllBatches(actor, type, ready.token, ready.headers, options);
}
