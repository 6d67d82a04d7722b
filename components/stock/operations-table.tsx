"use client";

import { useMemo } from "react";
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { DataTable } from "@/components/data-table/data-table";
import { dataTableColumns } from "@/components/data-table/features";
import type { DataTableFilter, DataTableState } from "@/components/data-table/types";
import { Badge } from "@/components/ui/card";
import type { OperationListRow } from "@/lib/stock/operations/find-stock-operations";
import { STOCK_OPERATION_TYPES } from "@/lib/stock/stock-types";

const helper = dataTableColumns<OperationListRow>();
const rowId = (row: OperationListRow) => row.id;

export function OperationsTable({ rows, total, state, warehouses }: { rows: OperationListRow[]; total: number; state: DataTableState; warehouses: { value: string; label: string }[] }) {
  const t = useTranslations("stock");
  const format = useFormatter();

  const columns = useMemo(
    () =>
      helper.columns([
        helper.accessor("number", {
          header: t("operations.columns.number"),
          meta: { label: t("operations.columns.number") },
          enableHiding: false,
          cell: (info) => (
            <Link href={`/app/stock/operations/${info.row.original.id}`} className="font-mono text-brand-600 hover:underline dark:text-blue-400" data-testid="operation-number">
              {info.getValue()}
            </Link>
          ),
        }),
        helper.accessor("type", { header: t("operations.columns.type"), meta: { label: t("operations.columns.type") }, cell: (info) => t(`types.${info.getValue() as "RECEIPT"}`) }),
        helper.accessor("postedAt", {
          header: t("operations.columns.postedAt"),
          meta: { label: t("operations.columns.postedAt") },
          sortDescFirst: true,
          cell: (info) => <time dateTime={new Date(info.getValue()).toISOString()}>{format.dateTime(new Date(info.getValue()), { dateStyle: "medium", timeStyle: "short" })}</time>,
        }),
        helper.accessor((row) => (row.toWarehouse ? `${row.warehouse} → ${row.toWarehouse}` : row.warehouse), {
          id: "warehouse",
          header: t("operations.columns.warehouse"),
          meta: { label: t("operations.columns.warehouse") },
          enableSorting: false,
          cell: (info) => <span className="font-mono">{info.getValue()}</span>,
        }),
        helper.accessor("reference", { header: t("operations.columns.reference"), meta: { label: t("operations.columns.reference") }, enableSorting: false }),
        helper.accessor("createdBy", { header: t("operations.columns.createdBy"), meta: { label: t("operations.columns.createdBy") }, enableSorting: false }),
        helper.accessor("lines", { header: t("operations.columns.lines"), meta: { label: t("operations.columns.lines"), className: "text-right tabular-nums" }, enableSorting: false }),
        helper.display({
          id: "status",
          header: t("operations.columns.status"),
          meta: { label: t("operations.columns.status") },
          cell: (info) => {
            const r = info.row.original;
            if (r.reversedBy) return <Badge tone="amber">{t("operations.reversedBy", { number: r.reversedBy.number })}</Badge>;
            if (r.reversalOf) return <Badge>{t("operations.reverses", { number: r.reversalOf.number })}</Badge>;
            return null;
          },
        }),
      ]),
    [t, format],
  );

  const filters = useMemo<DataTableFilter[]>(
    () => [
      { kind: "select", key: "type", label: t("operations.filters.type"), options: STOCK_OPERATION_TYPES.map((type) => ({ value: type, label: t(`types.${type}`) })) },
      { kind: "select", key: "warehouse", label: t("operations.filters.warehouse"), options: warehouses },
    ],
    [t, warehouses],
  );

  return (
    <DataTable
      tableId="stock-operations"
      columns={columns}
      rows={rows}
      total={total}
      state={state}
      getRowId={rowId}
      searchLabel={t("operations.search")}
      filters={filters}
      exportHref="/app/stock/operations/export"
    />
  );
}
