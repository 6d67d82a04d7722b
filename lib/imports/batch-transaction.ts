import "server-only";
import type { z } from "zod";
import type { Tx } from "@/lib/db/client";
import { transact } from "@/lib/db/transact";
import { AppError, FieldError } from "@/lib/errors";
import { log } from "@/lib/log";
import type { BatchOutcome, ImportRow, RowError } from "./importer";
import { issueKey } from "./issue-key";

/** Thrown at the end of a dry run so its transaction rolls back every write it tried. */
class DryRunRollback extends Error {}

const empty = (): BatchOutcome => ({ created: 0, updated: 0, unchanged: 0, errors: [] });

/**
 * Runs `work` over a batch's rows in ONE transaction; a dry run does the same work and rolls it
 * back, so it reports exactly what the import would. An unexpected failure (a unique index
 * racing another writer) aborts the whole transaction: then the batch is redone row by row, so
 * it does not sink the row's neighbours, and a row that still fails is reported, not thrown.
 */
export async function importInTransaction(rows: ImportRow[], dryRun: boolean, work: (tx: Tx, rows: ImportRow[]) => Promise<BatchOutcome>, label: string): Promise<BatchOutcome> {
  const box: { outcome?: BatchOutcome } = {};
  try {
    return await transact(async (tx) => {
      box.outcome = await work(tx, rows);
      if (dryRun) throw new DryRunRollback();
      return box.outcome;
    });
  } catch (error) {
    if (error instanceof DryRunRollback && box.outcome) return box.outcome;
    if (rows.length === 1) {
      log.error({ err: error, row: rows[0].row }, `${label} import row failed`);
      return { ...empty(), errors: [{ row: rows[0].row, field: null, ns: "imports", key: "rows.failed" }] };
    }
    log.warn({ err: error }, `${label} import batch failed; retrying row by row`);
    const total = empty();
    for (const row of rows) {
      const one = await importInTransaction([row], dryRun, work, label);
      total.created += one.created;
      total.updated += one.updated;
      total.unchanged += one.unchanged;
      total.errors.push(...one.errors);
    }
    return total;
  }
}

/** A service's expected failure as a row error (the message keys are the form's); null if unexpected. */
export function serviceRowError(row: number, error: unknown, columnOf: Record<string, string>): RowError | null {
  if (error instanceof FieldError) return { row, field: columnOf[error.field] ?? null, ns: "validation", key: error.key, values: error.values };
  if (error instanceof AppError) return { row, field: null, ns: "errors", key: error.key, values: error.values };
  return null;
}

/** zod issues → row errors, one per cell, skipping cells that already have one. */
export function schemaRowErrors(row: number, issues: readonly z.core.$ZodIssue[], columnOf: Record<string, string>, taken: Set<string | null>): RowError[] {
  const out: RowError[] = [];
  for (const issue of issues) {
    const name = issue.path[0] === undefined ? undefined : String(issue.path[0]);
    const field = name === undefined ? null : (columnOf[name] ?? null);
    if (field !== null && taken.has(field)) continue;
    if (field !== null) taken.add(field);
    out.push({ row, field, ns: "validation", ...issueKey(issue) });
  }
  return out;
}
