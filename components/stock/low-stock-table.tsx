"use client";

import { useMemo } from "react";
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { DataTable } from "@/components/data-table/data-table";
import { dataTableColumns } from "@/components/data-table/features";
import type { DataTableFilter, DataTableState } from "@/components/data-table/types";
import type { LowStockRow } from "@/lib/stock/low/find-low-stock";
import { displayQuantity } from "./format";

const helper = dataTableColumns<LowStockRow>();
const rowId = (row: LowStockRow) => row.id;
const NUM = "text-right tabular-nums";

export function LowStockTable({ rows, total, state, categories }: { rows: LowStockRow[]; total: number; state: DataTableState; categories: { value: string; label: string }[] }) {
  const t = useTranslations("stock.low");
  const locale = useLocale();
  const columns = useMemo(() => {
    const q = (n: number) => displayQuantity(n, locale);
    return helper.columns([
      helper.accessor("sku", {
        header: t("columns.sku"),
        meta: { label: t("columns.sku") },
        enableHiding: false,
        cell: (info) => (
          <Link href={`/app/stock/products/${info.row.original.id}`} className="font-mono text-brand-600 hover:underline dark:text-blue-400">
            {info.getValue()}
          </Link>
        ),
      }),
      helper.accessor("name", { header: t("columns.product"), meta: { label: t("columns.product") } }),
      helper.accessor("reorderPoint", { header: t("columns.reorderPoint"), meta: { label: t("columns.reorderPoint"), className: NUM }, enableSorting: false, cell: (info) => q(info.getValue()) }),
      helper.accessor("onHand", { header: t("columns.onHand"), meta: { label: t("columns.onHand"), className: NUM }, enableSorting: false, cell: (info) => q(info.getValue()) }),
      helper.accessor("reserved", { header: t("columns.reserved"), meta: { label: t("columns.reserved"), className: NUM }, enableSorting: false, cell: (info) => q(info.getValue()) }),
      helper.accessor("available", { header: t("columns.available"), meta: { label: t("columns.available"), className: NUM }, enableSorting: false, cell: (info) => q(info.getValue()) }),
      helper.accessor("shortfall", {
        header: t("columns.shortfall"),
        meta: { label: t("columns.shortfall"), className: NUM },
        sortDescFirst: true,
        cell: (info) => <span className="font-medium text-red-700 dark:text-red-400">{q(info.getValue())}</span>,
      }),
    ]);
  }, [t, locale]);
  const filters = useMemo<DataTableFilter[]>(() => [{ kind: "select", key: "category", label: t("filters.category"), options: categories }], [t, categories]);
  return <DataTable tableId="stock-low" columns={columns} rows={rows} total={total} state={state} getRowId={rowId} searchLabel={t("search")} filters={filters} />;
}
