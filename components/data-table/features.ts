import { columnVisibilityFeature, createColumnHelper, metaHelper, rowPaginationFeature, rowSortingFeature, tableFeatures } from "@tanstack/react-table";
import type { ColumnDef, RowData } from "@tanstack/react-table";

/** What every column may say about itself beyond TanStack's definition. */
export type DataTableColumnMeta = {
  /** The column's name in the column chooser (headers may be richer than text). */
  label: string;
  /** Extra classes for its header and cells, e.g. "text-right tabular-nums". */
  className?: string;
};

// Sorting and paging happen in the database (manual modes), so no client row models are
// registered: the features only carry state (sorting, pagination, visibility) and their APIs.
export const dataTableFeatures = tableFeatures({
  rowSortingFeature,
  rowPaginationFeature,
  columnVisibilityFeature,
  columnMeta: metaHelper<DataTableColumnMeta>(),
});

export type DataTableFeatures = typeof dataTableFeatures;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each column keeps its own value type
export type DataTableColumn<TData extends RowData> = ColumnDef<DataTableFeatures, TData, any>;

/** Column helper bound to the data table's features, for per-list column files. */
export function dataTableColumns<TData extends RowData>() {
  return createColumnHelper<DataTableFeatures, TData>();
}
