"use client";

import { useCallback, useMemo } from "react";
import { useTranslations } from "next-intl";
import { ArrowDown, ArrowUp, ArrowUpDown, Download } from "lucide-react";
import { functionalUpdate, useTable, type ColumnVisibilityState, type PaginationState, type RowData, type SortingState, type Updater } from "@tanstack/react-table";
import { buttonClass } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { ColumnChooser } from "./column-chooser";
import { dataTableFeatures, type DataTableColumn } from "./features";
import { FilterBar } from "./filter-bar";
import { PaginationBar } from "./pagination-bar";
import type { DataTableFilter, DataTableState } from "./types";
import { useColumnVisibility } from "./use-column-visibility";
import { useTableUrl } from "./use-table-url";

export type DataTableProps<TData extends RowData> = {
  /** Names the table in localStorage (remembered columns); unique per list. */
  tableId: string;
  /** Stable (module-level or memoised) column definitions; ids are the URL sort keys. */
  columns: DataTableColumn<TData>[];
  rows: TData[];
  total: number;
  state: DataTableState;
  getRowId: (row: TData) => string;
  searchLabel: string;
  filters?: DataTableFilter[];
  /** Route handler that streams the current filter as CSV; the current params are appended. */
  exportHref?: string;
  /** Columns hidden until the person shows them. */
  defaultHidden?: string[];
};

const NO_FILTERS: DataTableFilter[] = [];

/**
 * The one list component: TanStack Table in manual mode over rows the server already searched,
 * filtered, sorted and paged. Every change goes into the URL; the server component re-renders
 * with the new page. Only column visibility lives in the browser.
 */
export function DataTable<TData extends RowData>({ tableId, columns, rows, total, state, getRowId, searchLabel, filters = NO_FILTERS, exportHref, defaultHidden }: DataTableProps<TData>) {
  const t = useTranslations("table");
  const filterKeys = useMemo(() => filters.map((f) => f.key), [filters]);
  const { navigate, pending, exportQuery } = useTableUrl(filterKeys);
  const hiddenKey = (defaultHidden ?? []).join(",");
  const defaults = useMemo<ColumnVisibilityState>(() => Object.fromEntries(hiddenKey ? hiddenKey.split(",").map((id) => [id, false]) : []), [hiddenKey]);
  const [columnVisibility, setColumnVisibility] = useColumnVisibility(tableId, defaults);

  const sorting = useMemo<SortingState>(() => [{ id: state.sort, desc: state.dir === "desc" }], [state.sort, state.dir]);
  const pagination = useMemo<PaginationState>(() => ({ pageIndex: state.page - 1, pageSize: state.size }), [state.page, state.size]);

  const onSortingChange = useCallback(
    (updater: Updater<SortingState>) => {
      const next = functionalUpdate(updater, sorting)[0];
      navigate(next ? { sort: next.id, dir: next.desc ? "desc" : "asc" } : { sort: null, dir: null });
    },
    [navigate, sorting],
  );
  const onPaginationChange = useCallback(
    (updater: Updater<PaginationState>) => {
      const next = functionalUpdate(updater, pagination);
      if (next.pageSize !== pagination.pageSize) navigate({ size: next.pageSize });
      else navigate({ page: next.pageIndex + 1 });
    },
    [navigate, pagination],
  );

  const table = useTable({
    features: dataTableFeatures,
    columns,
    data: rows,
    getRowId: (row) => getRowId(row),
    rowCount: total,
    manualPagination: true,
    manualSorting: true,
    enableMultiSort: false,
    enableSortingRemoval: false,
    state: { sorting, pagination, columnVisibility },
    onSortingChange,
    onPaginationChange,
    onColumnVisibilityChange: setColumnVisibility,
  });

  const onFilterChange = useCallback((patch: Record<string, string | null>) => navigate(patch, { replace: "q" in patch }), [navigate]);
  const visibleCount = table.getVisibleLeafColumns().length;
  const filtered = state.q !== "" || Object.keys(state.filters).length > 0;
  const chooser = table.getAllLeafColumns().map((column) => ({
    id: column.id,
    label: column.columnDef.meta?.label ?? column.id,
    visible: column.getIsVisible(),
    canHide: column.getCanHide(),
    toggle: (visible: boolean) => column.toggleVisibility(visible),
  }));

  return (
    <div className="rounded-xl border border-slate-200 bg-white shadow-sm dark:border-slate-800 dark:bg-slate-900" data-testid="data-table" aria-busy={pending}>
      <div className="flex flex-wrap items-end gap-3 border-b border-slate-200 p-3 dark:border-slate-800">
        <FilterBar
          q={state.q}
          searchLabel={searchLabel}
          filters={filters}
          values={state.filters}
          showClear={filtered}
          onChange={onFilterChange}
        />
        <div className="ml-auto flex items-center gap-2">
          <ColumnChooser columns={chooser} onShowAll={() => table.setColumnVisibility({})} />
          {exportHref && (
            <a
              href={exportQuery ? `${exportHref}?${exportQuery}` : exportHref}
              className={buttonClass("secondary", "py-1.5")}
              title={t("exportHint")}
              data-testid="table-export"
              download
            >
              <Download className="h-4 w-4" aria-hidden />
              {t("export")}
            </a>
          )}
        </div>
      </div>

      {/* Phones scroll the table sideways rather than squeezing the columns. */}
      <div className={cn("overflow-x-auto transition-opacity", pending && "opacity-60")}>
        <table className="min-w-full text-left text-sm">
          <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-500 dark:bg-slate-800/50 dark:text-slate-400">
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => {
                  const column = header.column;
                  const sorted = column.getIsSorted();
                  const label = column.columnDef.meta?.label ?? column.id;
                  return (
                    <th
                      key={header.id}
                      scope="col"
                      aria-sort={sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : undefined}
                      className={cn("whitespace-nowrap px-3 py-2 font-medium", column.columnDef.meta?.className)}
                    >
                      {header.isPlaceholder ? null : column.getCanSort() ? (
                        <button
                          type="button"
                          onClick={column.getToggleSortingHandler()}
                          className="inline-flex items-center gap-1 uppercase hover:text-slate-900 dark:hover:text-white"
                          title={t("sortBy", { column: label })}
                          data-testid={`sort-${column.id}`}
                        >
                          <table.FlexRender header={header} />
                          {sorted === "asc" ? (
                            <ArrowUp className="h-3.5 w-3.5" aria-label={t("sortAscending")} />
                          ) : sorted === "desc" ? (
                            <ArrowDown className="h-3.5 w-3.5" aria-label={t("sortDescending")} />
                          ) : (
                            <ArrowUpDown className="h-3.5 w-3.5 opacity-40" aria-hidden />
                          )}
                        </button>
                      ) : (
                        <table.FlexRender header={header} />
                      )}
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
            {table.getRowModel().rows.map((row) => (
              <tr key={row.id} data-testid="row" data-row-id={row.id} className="hover:bg-slate-50 dark:hover:bg-slate-800/40">
                {row.getVisibleCells().map((cell) => (
                  <td key={cell.id} className={cn("whitespace-nowrap px-3 py-2", cell.column.columnDef.meta?.className)}>
                    <table.FlexRender cell={cell} />
                  </td>
                ))}
              </tr>
            ))}
            {rows.length === 0 && (
              <tr>
                <td colSpan={Math.max(1, visibleCount)} className="px-3 py-10 text-center text-slate-500" data-testid="empty-state">
                  <p>{filtered ? t("emptyFiltered") : t("empty")}</p>
                  {filtered && (
                    <button type="button" className="mt-2 text-sm text-brand-600 hover:underline dark:text-blue-400" onClick={() => navigate(clearPatch(filterKeys))}>
                      {t("clearFilters")}
                    </button>
                  )}
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>

      <PaginationBar
        page={state.page}
        pages={Math.max(1, table.getPageCount())}
        size={state.size}
        total={total}
        shown={rows.length}
        canPrevious={table.getCanPreviousPage()}
        canNext={table.getCanNextPage()}
        onFirst={() => table.firstPage()}
        onPrevious={() => table.previousPage()}
        onNext={() => table.nextPage()}
        onLast={() => table.lastPage()}
        onSize={(size) => table.setPageSize(size)}
      />
    </div>
  );
}

export function clearPatch(filterKeys: string[]): Record<string, null> {
  return Object.fromEntries(["q", ...filterKeys].map((k) => [k, null]));
}
