"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { door, formObject, type ActionState } from "@/lib/auth/door";
import { loose, type LooseTranslate } from "@/lib/i18n/loose";
import { discardImport } from "@/lib/imports/import-files";
import { ImportError } from "@/lib/imports/import-error";
import type { MessageNamespace } from "@/lib/imports/importer";
import { importerFor } from "@/lib/imports/registry";
import { runImportBatch } from "@/lib/imports/run-import-batch";
import { finishImportUpload, startImportUpload, uploadImportChunk, type UploadedImport } from "@/lib/imports/upload-import";
import { invalidatePublicCatalog } from "@/lib/public-catalog/invalidate";

// The CSV import wizard's doors. Each call re-checks the session and the import type's
// permission (inside the services); the file itself is only ever addressed by our random token.

const Token = z.string().regex(/^[a-f0-9]{32}$/);
const ImportType = z.string().min(1).max(30);

/**
 * door() plus the import's own failures (ImportError, keys in the `imports` catalog), which
 * come back as a translated error like any other expected failure.
 */
async function importDoor<S extends z.ZodType, T>(schema: S, input: unknown, run: (actor: Actor, data: z.output<S>) => Promise<T>): Promise<ActionState<T>> {
  const state = await door(schema, input, null, async (actor, data) => {
    try {
      return { value: await run(actor, data) };
    } catch (error) {
      if (!(error instanceof ImportError)) throw error;
      const t = loose(await getTranslations("imports"));
      return { failure: t(error.key, error.values) };
    }
  });
  if (!state?.ok) return state;
  const data = state.data as { value: T } | { failure: string };
  return "failure" in data ? { ok: false, error: data.failure } : { ok: true, data: data.value };
}

const StartInput = z.object({ type: ImportType, fileName: z.string().max(1000), size: z.number().int().min(0) });

export async function startImportUploadAction(input: z.input<typeof StartInput>): Promise<ActionState<{ token: string }>> {
  return importDoor(StartInput, input, (actor, data) => startImportUpload({ actor, ...data }));
}

const ChunkInput = z.object({ token: Token, offset: z.coerce.number().int().min(0), chunk: z.instanceof(Blob) });

export async function uploadImportChunkAction(form: FormData): Promise<ActionState<{ received: number }>> {
  return importDoor(ChunkInput, formObject(form), (actor, data) => uploadImportChunk({ actor, ...data }));
}

export async function finishImportUploadAction(token: string): Promise<ActionState<UploadedImport>> {
  return importDoor(z.object({ token: Token }), { token }, (actor, data) => finishImportUpload({ actor, token: data.token }));
}

export async function discardImportAction(token: string): Promise<ActionState> {
  return importDoor(z.object({ token: Token }), { token }, async (actor, data) => {
    await discardImport({ actor, token: data.token });
    return undefined;
  });
}

const BatchInput = z.object({
  token: Token,
  type: ImportType,
  mapping: z.record(z.string().max(50), z.number().int().min(0).max(10_000)),
  offset: z.number().int().min(0),
  dryRun: z.boolean(),
  matchOn: z.string().max(50).optional(),
});

export type ImportBatchRowError = { row: number; column: string; message: string };
export type ImportBatchState = {
  nextOffset: number;
  total: number;
  done: boolean;
  created: number;
  updated: number;
  unchanged: number;
  skipped: number;
  errors: ImportBatchRowError[];
};

/** One batch of a dry run or of the import; row errors come back translated. */
export async function runImportBatchAction(input: z.input<typeof BatchInput>): Promise<ActionState<ImportBatchState>> {
  const state = await importDoor(BatchInput, input, async (actor, data) => {
    const result = await runImportBatch({ actor, ...data });
    const t: Record<MessageNamespace, LooseTranslate> = {
      imports: loose(await getTranslations("imports")),
      validation: loose(await getTranslations("validation")),
      errors: loose(await getTranslations("errors")),
    };
    const errors = result.errors.map((e) => ({
      row: e.row,
      column: e.column ?? e.field ?? "",
      message: t[e.ns].has(e.key) ? t[e.ns](e.key, e.values) : t.validation("format"),
    }));
    return { ...result, errors };
  });
  const listPath = importerFor(input.type)?.listPath;
  if (state?.ok && !input.dryRun && listPath) {
    revalidatePath(listPath, "layout");
    invalidatePublicCatalog(); // imported products or prices may be public
  }
  return state;
}
