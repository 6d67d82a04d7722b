import type { SortDir } from "@/lib/table/params";

/** The list's current state as the server parsed it (page already clamped to the last page). */
export type DataTableState = {
  page: number;
  size: number;
  sort: string;
  dir: SortDir;
  q: string;
  filters: Record<string, string>;
};

export type DataTableFilter =
  | { kind: "select"; key: string; label: string; options: { value: string; label: string }[] }
  | { kind: "day"; key: string; label: string };
