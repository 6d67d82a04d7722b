"use client";

import { useMemo } from "react";
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { DataTable } from "@/components/data-table/data-table";
import { dataTableColumns } from "@/components/data-table/features";
import type { DataTableFilter, DataTableState } from "@/components/data-table/types";
import { displayMoney } from "@/lib/domain/money";
import type { BalanceRow } from "@/lib/stock/balances/find-stock-balances";
import { displayQuantity } from "./format";

const helper = dataTableColumns<BalanceRow>();
const rowId = (row: BalanceRow) => row.id;
const NUM = "text-right tabular-nums";

type Option = { value: string; label: string };

export function BalancesTable({ rows, total, state, warehouses, categories, currency, showCost }: { rows: BalanceRow[]; total: number; state: DataTableState; warehouses: Option[]; categories: Option[]; currency: string; showCost: boolean }) {
  const t = useTranslations("stock.balances");
  const locale = useLocale();

  const columns = useMemo(() => {
    const q = (n: number) => displayQuantity(n, locale);
    const money = (n: number | null) => (n === null ? <span className="text-slate-400">—</span> : displayMoney(n, currency, locale));
    const base = [
      helper.accessor("sku", {
        header: t("columns.sku"),
        meta: { label: t("columns.sku") },
        enableHiding: false,
        cell: (info) => (
          <Link href={`/app/stock/products/${info.row.original.productId}`} className="font-mono text-brand-600 hover:underline dark:text-blue-400" data-testid="balance-sku">
            {info.getValue()}
          </Link>
        ),
      }),
      helper.accessor("name", { id: "name", header: t("columns.product"), meta: { label: t("columns.product") } }),
      helper.accessor("warehouse", { header: t("columns.warehouse"), meta: { label: t("columns.warehouse") } }),
      helper.accessor("onHand", { header: t("columns.onHand"), meta: { label: t("columns.onHand"), className: NUM }, cell: (info) => <span data-testid="balance-onhand">{q(info.getValue())}</span> }),
      helper.accessor("reserved", { header: t("columns.reserved"), meta: { label: t("columns.reserved"), className: NUM }, cell: (info) => q(info.getValue()) }),
      helper.accessor("available", { header: t("columns.available"), meta: { label: t("columns.available"), className: NUM }, enableSorting: false, cell: (info) => q(info.getValue()) }),
    ];
    // Cost columns are not even defined for people without cost.read (the server sends no figures either).
    if (!showCost) return helper.columns(base);
    return helper.columns([
      ...base,
      helper.accessor("averageCost", { header: t("columns.averageCost"), meta: { label: t("columns.averageCost"), className: NUM }, enableSorting: false, cell: (info) => money(info.getValue()) }),
      helper.accessor("value", { header: t("columns.value"), meta: { label: t("columns.value"), className: NUM }, enableSorting: false, cell: (info) => <span data-testid="balance-value">{money(info.getValue())}</span> }),
    ]);
  }, [t, locale, currency, showCost]);

  const filters = useMemo<DataTableFilter[]>(
    () => [
      { kind: "select", key: "warehouse", label: t("filters.warehouse"), options: warehouses },
      { kind: "select", key: "category", label: t("filters.category"), options: categories },
      { kind: "select", key: "nonzero", label: t("filters.nonzero"), options: [{ value: "1", label: t("filters.nonzeroOnly") }] },
    ],
    [t, warehouses, categories],
  );

  return (
    <DataTable
      tableId={showCost ? "stock-balances" : "stock-balances-nocost"}
      columns={columns}
      rows={rows}
      total={total}
      state={state}
      getRowId={rowId}
      searchLabel={t("search")}
      filters={filters}
      exportHref="/app/stock/export"
    />
  );
}
