// Column mapping between a CSV's header row and an import type's fields. Pure: used by the
// wizard in the browser (auto-map, remembered mappings) and by the server (applying it).

export type ImportField = {
  /** The canonical column name, also the export's header, e.g. "name_zh". */
  key: string;
  required?: boolean;
  /** Other header names people use for it, in English and Chinese. */
  aliases: readonly string[];
};

/** Field key → 0-based column index in the file. Unmapped fields are absent. */
export type ColumnMapping = Record<string, number>;

/** Field key → header text, as remembered between imports (indices change from file to file). */
export type SavedMapping = Record<string, string>;

/**
 * "Name (ZH)", "name_zh", "ＮＡＭＥ－ＺＨ" and "名称（中文）" compare equal to their plain forms:
 * full-width folded (NFKC), case, spaces and the usual separators ignored.
 */
export function normalizeHeader(header: string): string {
  return header
    .normalize("NFKC")
    .replace(/^\uFEFF/, "")
    .toLowerCase()
    .replace(/[\s_\-.·/()（）[\]【】:：*]+/g, "");
}

/** Best guess: each field takes the first unused header matching its key or an alias. */
export function autoMap(headers: readonly string[], fields: readonly ImportField[]): ColumnMapping {
  const normalized = headers.map(normalizeHeader);
  const used = new Set<number>();
  const mapping: ColumnMapping = {};
  for (const field of fields) {
    const names = [field.key, ...field.aliases].map(normalizeHeader);
    // The exact key wins over an alias, so "sku" and "SKU 编码" never fight over one column.
    for (const name of names) {
      const index = normalized.findIndex((h, i) => h === name && !used.has(i));
      if (index >= 0) {
        mapping[field.key] = index;
        used.add(index);
        break;
      }
    }
  }
  return mapping;
}

/**
 * A remembered mapping applied to a new file: fields whose remembered header exists take it;
 * the rest are auto-mapped from what is left.
 */
export function restoreMapping(headers: readonly string[], fields: readonly ImportField[], saved: SavedMapping | null): ColumnMapping {
  const auto = autoMap(headers, fields);
  if (!saved) return auto;
  const mapping: ColumnMapping = {};
  const used = new Set<number>();
  const normalized = headers.map(normalizeHeader);
  for (const field of fields) {
    const header = saved[field.key];
    if (typeof header !== "string") continue;
    const index = normalized.findIndex((h, i) => h === normalizeHeader(header) && !used.has(i));
    if (index >= 0) {
      mapping[field.key] = index;
      used.add(index);
    }
  }
  for (const field of fields) {
    if (field.key in mapping) continue;
    const index = auto[field.key];
    if (index !== undefined && !used.has(index)) {
      mapping[field.key] = index;
      used.add(index);
    }
  }
  return mapping;
}

/** What to remember: header texts rather than positions. */
export function toSavedMapping(headers: readonly string[], mapping: ColumnMapping): SavedMapping {
  const saved: SavedMapping = {};
  for (const [key, index] of Object.entries(mapping)) {
    if (headers[index] !== undefined) saved[key] = headers[index];
  }
  return saved;
}

/** Required fields left unmapped (the import cannot start until this is empty). */
export function missingRequired(fields: readonly ImportField[], mapping: ColumnMapping): string[] {
  return fields.filter((f) => f.required && mapping[f.key] === undefined).map((f) => f.key);
}

/** Keeps only known fields pointing at existing columns (the server never trusts the client's). */
export function sanitizeMapping(fields: readonly ImportField[], mapping: Record<string, unknown>, columnCount: number): ColumnMapping {
  const clean: ColumnMapping = {};
  for (const field of fields) {
    const index = mapping[field.key];
    if (typeof index === "number" && Number.isInteger(index) && index >= 0 && index < columnCount) clean[field.key] = index;
  }
  return clean;
}

const ESCAPED_FORMULA = /^'(?=[-=+@\t\r\uFF1D\uFF0B\uFF0D\uFF20])/;

/**
 * Our exports (lib/table/csv-response.ts) put an apostrophe before a cell starting with
 * = + - @ so spreadsheets do not run it as a formula; reading it back removes that apostrophe,
 * so an exported "-5 mm" re-imports as "-5 mm".
 */
export function unescapeFormula(cell: string): string {
  return cell.replace(ESCAPED_FORMULA, "");
}

/** One CSV record → field key → trimmed text. Mapped but missing cells are "" (a short row). */
export function applyMapping(record: readonly string[], mapping: ColumnMapping): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, index] of Object.entries(mapping)) values[key] = unescapeFormula(record[index] ?? "").trim();
  return values;
}
