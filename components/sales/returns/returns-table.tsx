"use client";

import { useMemo } from "react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { DataTable } from "@/components/data-table/data-table";
import { dataTableColumns } from "@/components/data-table/features";
import type { DataTableFilter, DataTableState } from "@/components/data-table/types";
import { DeliveryStatusBadge } from "@/components/sales/deliveries/delivery-status-badge";
import type { ReturnListRow } from "@/lib/sales/returns/find-returns";

const helper = dataTableColumns<ReturnListRow>();
const rowId = (row: ReturnListRow) => row.id;
const STATUSES = ["draft", "posted", "cancelled"] as const;
const LINK = "text-brand-600 hover:underline dark:text-blue-400";

export function ReturnsTable({ rows, total, state }: { rows: ReturnListRow[]; total: number; state: DataTableState }) {
  const t = useTranslations("deliveries");

  const columns = useMemo(
    () =>
      helper.columns([
        helper.accessor("number", {
          header: t("returns.columns.number"),
          meta: { label: t("returns.columns.number") },
          enableHiding: false,
          cell: (info) => <Link href={`/app/sales/returns/${info.row.original.id}`} className={`font-mono ${LINK}`} data-testid="return-number">{info.getValue()}</Link>,
        }),
        helper.accessor((r) => r.delivery.number, {
          id: "delivery",
          header: t("returns.columns.delivery"),
          meta: { label: t("returns.columns.delivery") },
          enableSorting: false,
          cell: (info) => <Link href={`/app/sales/deliveries/${info.row.original.delivery.id}`} className={`font-mono ${LINK}`}>{info.getValue()}</Link>,
        }),
        helper.accessor((r) => r.account.name, { id: "account", header: t("returns.columns.account"), meta: { label: t("returns.columns.account") }, enableSorting: false }),
        helper.accessor("returnDate", { header: t("returns.columns.date"), meta: { label: t("returns.columns.date") }, sortDescFirst: true, cell: (info) => <span className="tabular-nums">{info.getValue()}</span> }),
        helper.accessor("status", { header: t("returns.columns.status"), meta: { label: t("returns.columns.status") }, enableSorting: false, cell: (info) => <DeliveryStatusBadge status={info.getValue()} /> }),
        helper.accessor("reason", { header: t("returns.columns.reason"), meta: { label: t("returns.columns.reason") }, enableSorting: false }),
        helper.display({
          id: "creditNote",
          header: t("returns.columns.creditNote"),
          meta: { label: t("returns.columns.creditNote") },
          cell: (info) => {
            const note = info.row.original.creditNote;
            return note ? <Link href={`/app/billing/invoices/${note.id}`} className={`font-mono ${LINK}`}>{note.number}</Link> : null;
          },
        }),
      ]),
    [t],
  );

  const filters = useMemo<DataTableFilter[]>(
    () => [
      { kind: "select", key: "status", label: t("filters.status"), options: STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) })) },
      { kind: "select", key: "credited", label: t("returns.filters.credited"), options: [{ value: "yes", label: t("receipt.yes") }, { value: "no", label: t("receipt.no") }] },
      { kind: "day", key: "from", label: t("filters.from") },
      { kind: "day", key: "to", label: t("filters.to") },
    ],
    [t],
  );

  return <DataTable tableId="returns" columns={columns} rows={rows} total={total} state={state} getRowId={rowId} searchLabel={t("returns.search")} filters={filters} exportHref="/app/sales/returns/export" />;
}
