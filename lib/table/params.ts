import { z } from "zod";

// Lists keep their whole state in the URL (shareable, back button works, server renders it).
// The parser is lenient on purpose: a hand-edited or stale link never errors, each bad value
// falls back to its default, and sorting only ever uses a whitelisted column.

export const MAX_PAGE_SIZE = 100;
export const PAGE_SIZES = [10, 20, 50, 100] as const;

export type SortDir = "asc" | "desc";
export type SearchParamsInput = URLSearchParams | Record<string, string | string[] | undefined>;

export type TableSpec<S extends string, F extends Record<string, z.ZodType>> = {
  /** Columns the database may order by; anything else in `sort` is ignored. */
  sortable: readonly S[];
  defaultSort: S;
  defaultDir: SortDir;
  defaultSize?: number;
  /** Per-table filters: a value that does not parse is treated as absent. */
  filters: F;
};

export type TableParams<S extends string = string, F extends Record<string, z.ZodType> = Record<string, z.ZodType>> = {
  page: number;
  size: number;
  sort: S;
  dir: SortDir;
  q: string;
  filters: { [K in keyof F]?: z.output<F[K]> };
};

/** Declares a table's URL contract once, for the page, the export route and the tests. */
export function defineTable<const S extends string, F extends Record<string, z.ZodType>>(spec: TableSpec<S, F>): TableSpec<S, F> {
  return spec;
}

function first(input: SearchParamsInput, key: string): string | undefined {
  if (input instanceof URLSearchParams) return input.get(key) ?? undefined;
  const value = input[key];
  return Array.isArray(value) ? value[0] : value;
}

const PositiveInt = z.coerce.number().int().min(1).max(1_000_000);

export function parseTableParams<S extends string, F extends Record<string, z.ZodType>>(spec: TableSpec<S, F>, input: SearchParamsInput): TableParams<S, F> {
  const defaultSize = spec.defaultSize ?? 20;
  const page = PositiveInt.safeParse(first(input, "page"));
  const size = PositiveInt.safeParse(first(input, "size"));
  const sortRaw = first(input, "sort");
  const sort = spec.sortable.find((s) => s === sortRaw) ?? spec.defaultSort;
  const dirRaw = first(input, "dir");
  const dir: SortDir = dirRaw === "asc" || dirRaw === "desc" ? dirRaw : sortRaw === sort ? "asc" : spec.defaultDir;
  const filters: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(spec.filters)) {
    const raw = first(input, key);
    if (raw === undefined || raw.trim() === "") continue;
    const parsed = schema.safeParse(raw.trim());
    if (parsed.success && parsed.data !== undefined && parsed.data !== null) filters[key] = parsed.data;
  }
  return {
    page: page.success ? page.data : 1,
    size: size.success ? Math.min(size.data, MAX_PAGE_SIZE) : defaultSize,
    sort,
    dir,
    // Search text is trimmed and bounded so one request cannot ask for a huge LIKE pattern.
    q: (first(input, "q") ?? "").trim().slice(0, 100),
    filters: filters as TableParams<S, F>["filters"],
  };
}

/** The same params as a query string (without paging), e.g. for the CSV export link. */
export function toSearchParams(params: Pick<TableParams, "sort" | "dir" | "q" | "filters">): URLSearchParams {
  const out = new URLSearchParams();
  out.set("sort", params.sort);
  out.set("dir", params.dir);
  if (params.q) out.set("q", params.q);
  for (const [key, value] of Object.entries(params.filters)) {
    if (value === undefined || value === null) continue;
    out.set(key, value instanceof Date ? value.toISOString().slice(0, 10) : String(value));
  }
  return out;
}

/** Bounded paging: the page actually shown (clamped to the last page) and skip/take for it. */
export function pageWindow(params: Pick<TableParams, "page" | "size">, total: number): { page: number; skip: number; take: number } {
  const last = Math.max(1, Math.ceil(total / params.size));
  const page = Math.min(params.page, last);
  return { page, skip: (page - 1) * params.size, take: params.size };
}

/** What the client table needs to show the state (plain strings, serialisable to the browser). */
export function tableState(params: TableParams, page: number): { page: number; size: number; sort: string; dir: SortDir; q: string; filters: Record<string, string> } {
  const filters: Record<string, string> = {};
  for (const [key, value] of Object.entries(params.filters)) if (value !== undefined && value !== null) filters[key] = String(value);
  return { page, size: params.size, sort: params.sort, dir: params.dir, q: params.q, filters };
}

/** Common filter schemas. */
export const filter = {
  /** One of a fixed set of values. */
  oneOf: <const T extends readonly [string, ...string[]]>(values: T) => z.enum(values),
  /** A record id or similar opaque key. */
  id: () => z.string().min(1).max(50).regex(/^[A-Za-z0-9_-]+$/),
  /** Free short text, e.g. an entity type name. */
  token: () => z.string().min(1).max(50).regex(/^[A-Za-z0-9_.:-]+$/),
  /** A calendar day as YYYY-MM-DD (kept as text; the query turns it into an instant in the company's zone). */
  day: () =>
    z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v)),
};
