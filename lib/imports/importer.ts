import type { Actor } from "@/lib/auth/actor";
import type { Permission } from "@/lib/auth/permissions";
import type { ImportField } from "./mapping";

/** One data row after mapping: its spreadsheet row number (header = 1) and field → text. */
export type ImportRow = { row: number; values: Record<string, string> };

/** Which catalog a row error's key lives in: import rules, field validation, or app errors. */
export type MessageNamespace = "imports" | "validation" | "errors";

export type RowError = {
  row: number;
  /** The field key the error is about (null: the row as a whole). */
  field: string | null;
  ns: MessageNamespace;
  key: string;
  values?: Record<string, string | number>;
};

export type BatchOutcome = { created: number; updated: number; unchanged: number; errors: RowError[] };

/**
 * One kind of import (products, exchange rates…). `run` validates every row; without dryRun
 * it also writes the valid ones — rows match existing records by key, so running a batch
 * again updates instead of duplicating.
 */
export type Importer = {
  type: string;
  permission: Permission;
  fields: readonly ImportField[];
  /** The app path whose pages show what the import writes (revalidated after each batch). */
  listPath: string;
  /**
   * The field keys a row may be matched on to find the existing record (the wizard offers the
   * choice; the first is the default). Absent: the importer has one fixed key.
   */
  matchKeys?: readonly string[];
  run(options: { actor: Actor; rows: ImportRow[]; dryRun: boolean; matchOn?: string }): Promise<BatchOutcome>;
};
