"use client";

import { useMemo } from "react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { DataTable } from "@/components/data-table/data-table";
import { dataTableColumns } from "@/components/data-table/features";
import type { DataTableFilter, DataTableState } from "@/components/data-table/types";
import { Badge } from "@/components/ui/card";
import type { DeliveryListRow } from "@/lib/sales/deliveries/find-deliveries";
import { DeliveryStatusBadge } from "./delivery-status-badge";

const helper = dataTableColumns<DeliveryListRow>();
const rowId = (row: DeliveryListRow) => row.id;
const STATUSES = ["draft", "posted", "cancelled"] as const;
const LINK = "text-brand-600 hover:underline dark:text-blue-400";

export function DeliveriesTable({ rows, total, state }: { rows: DeliveryListRow[]; total: number; state: DataTableState }) {
  const t = useTranslations("deliveries");

  const columns = useMemo(
    () =>
      helper.columns([
        helper.accessor("number", {
          header: t("columns.number"),
          meta: { label: t("columns.number") },
          enableHiding: false,
          cell: (info) => (
            <Link href={`/app/sales/deliveries/${info.row.original.id}`} className={`font-mono ${LINK}`} data-testid="delivery-number">
              {info.getValue()}
            </Link>
          ),
        }),
        helper.accessor((r) => r.account.name, {
          id: "account",
          header: t("columns.account"),
          meta: { label: t("columns.account") },
          enableSorting: false,
          cell: (info) => <Link href={`/app/crm/accounts/${info.row.original.account.id}`} className={LINK}>{info.getValue()}</Link>,
        }),
        helper.accessor("deliveryDate", { header: t("columns.date"), meta: { label: t("columns.date") }, sortDescFirst: true, cell: (info) => <span className="tabular-nums">{info.getValue()}</span> }),
        helper.accessor("status", { header: t("columns.status"), meta: { label: t("columns.status") }, enableSorting: false, cell: (info) => <DeliveryStatusBadge status={info.getValue()} /> }),
        helper.display({
          id: "orders",
          header: t("columns.orders"),
          meta: { label: t("columns.orders") },
          cell: (info) => (
            <span className="flex flex-wrap gap-1">
              {info.row.original.orders.map((o) => (
                <Link key={o.id} href={`/app/sales/orders/${o.id}`} className={`font-mono ${LINK}`}>
                  {o.number}
                </Link>
              ))}
            </span>
          ),
        }),
        helper.accessor("lines", { header: t("columns.lines"), meta: { label: t("columns.lines"), className: "text-right tabular-nums" }, enableSorting: false }),
        helper.accessor("received", {
          header: t("columns.receipt"),
          meta: { label: t("columns.receipt") },
          enableSorting: false,
          cell: (info) => (info.getValue() ? <Badge tone="green">{t("receipt.yes")}</Badge> : <span className="text-slate-400">{t("receipt.no")}</span>),
        }),
        helper.accessor("trackingNumber", { header: t("columns.tracking"), meta: { label: t("columns.tracking") }, enableSorting: false, cell: (info) => [info.row.original.carrier, info.getValue()].filter(Boolean).join(" ") }),
      ]),
    [t],
  );

  const filters = useMemo<DataTableFilter[]>(
    () => [
      { kind: "select", key: "status", label: t("filters.status"), options: STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) })) },
      { kind: "select", key: "receipt", label: t("filters.receipt"), options: [{ value: "yes", label: t("receipt.yes") }, { value: "no", label: t("receipt.no") }] },
      { kind: "day", key: "from", label: t("filters.from") },
      { kind: "day", key: "to", label: t("filters.to") },
    ],
    [t],
  );

  return <DataTable tableId="deliveries" columns={columns} rows={rows} total={total} state={state} getRowId={rowId} searchLabel={t("search")} filters={filters} exportHref="/app/sales/deliveries/export" />;
}
