"use client";

import { finishImportUploadAction, runImportBatchAction, startImportUploadAction, uploadImportChunkAction, type ImportBatchRowError } from "@/lib/actions/imports";
import type { ActionState } from "@/lib/auth/door";
import { MAX_CHUNK_BYTES } from "@/lib/imports/limits";
import type { ColumnMapping, SavedMapping } from "@/lib/imports/mapping";
import type { UploadedImport } from "@/lib/imports/upload-import";

// The wizard's loops, apart from its rendering: send the file in chunks, then call the batch
// action until the server says the file is done. The browser drives progress; the server
// keeps no job state beyond the uploaded file.

export type RunTotals = { processed: number; total: number; created: number; updated: number; unchanged: number; skipped: number; errorCount: number };

type Failed = { ok: false; error: string };

function failed(state: ActionState<unknown>, fallback: string): Failed {
  return { ok: false, error: state && !state.ok ? state.error : fallback };
}

export async function sendFile(type: string, file: File, onSent: (bytes: number) => void, fallback: string): Promise<{ ok: true; data: UploadedImport } | Failed> {
  try {
    const start = await startImportUploadAction({ type, fileName: file.name, size: file.size });
    if (!start?.ok || !start.data) return failed(start, fallback);
    const token = start.data.token;
    for (let offset = 0; offset < file.size; offset += MAX_CHUNK_BYTES) {
      const form = new FormData();
      form.set("token", token);
      form.set("offset", String(offset));
      form.set("chunk", file.slice(offset, offset + MAX_CHUNK_BYTES), "chunk");
      const sent = await uploadImportChunkAction(form);
      if (!sent?.ok || !sent.data) return failed(sent, fallback);
      onSent(sent.data.received);
    }
    const done = await finishImportUploadAction(token);
    if (!done?.ok || !done.data) return failed(done, fallback);
    return { ok: true, data: done.data };
  } catch {
    return { ok: false, error: fallback }; // the network or the server went away
  }
}

/** Runs batches from `from` until done; stops at the first failure and says where. */
export async function runBatches(
  args: { type: string; token: string; mapping: ColumnMapping; dryRun: boolean; from: number; totals: RunTotals; fallback: string; matchOn?: string },
  onBatch: (totals: RunTotals, errors: ImportBatchRowError[]) => void,
): Promise<{ error: string | null; offset: number }> {
  let offset = args.from;
  let totals = args.totals;
  for (;;) {
    let state;
    try {
      state = await runImportBatchAction({ type: args.type, token: args.token, mapping: args.mapping, offset, dryRun: args.dryRun, matchOn: args.matchOn });
    } catch {
      return { error: args.fallback, offset };
    }
    if (!state?.ok || !state.data) return { error: state && !state.ok ? state.error : args.fallback, offset };
    const r = state.data;
    totals = {
      processed: r.nextOffset,
      total: r.total,
      created: totals.created + r.created,
      updated: totals.updated + r.updated,
      unchanged: totals.unchanged + r.unchanged,
      skipped: totals.skipped + r.skipped,
      errorCount: totals.errorCount + r.errors.length,
    };
    onBatch(totals, r.errors);
    if (r.done) return { error: null, offset: r.nextOffset };
    offset = r.nextOffset;
  }
}

export function loadSavedMapping(key: string): SavedMapping | null {
  try {
    const raw = window.localStorage.getItem(key);
    const parsed: unknown = raw ? JSON.parse(raw) : null;
    return parsed && typeof parsed === "object" ? (parsed as SavedMapping) : null;
  } catch {
    return null; // storage disabled or a bad value: auto-map instead
  }
}

export function saveMapping(key: string, mapping: SavedMapping): void {
  try {
    window.localStorage.setItem(key, JSON.stringify(mapping));
  } catch {
    // storage full or disabled: the mapping is simply not remembered
  }
}
