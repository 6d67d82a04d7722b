"use client";

import { useMemo } from "react";
import Link from "next/link";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { DataTable } from "@/components/data-table/data-table";
import { dataTableColumns } from "@/components/data-table/features";
import type { DataTableFilter, DataTableState } from "@/components/data-table/types";
import { Badge } from "@/components/ui/card";
import { displayMoney } from "@/lib/domain/money";
import type { OrderListRow } from "@/lib/sales/orders/find-orders";
import { PHASES } from "@/lib/sales/orders/order-phase";
import { PhaseBadge } from "./phase-badge";

const helper = dataTableColumns<OrderListRow>();
const rowId = (row: OrderListRow) => row.id;

type Props = { rows: OrderListRow[]; total: number; state: DataTableState; owners: { id: string; name: string }[]; baseCurrency: string };

export function OrdersTable({ rows, total, state, owners, baseCurrency }: Props) {
  const t = useTranslations("orders");
  const format = useFormatter();
  const locale = useLocale();

  const columns = useMemo(
    () =>
      helper.columns([
        helper.accessor("number", {
          header: t("columns.number"),
          meta: { label: t("columns.number") },
          enableHiding: false,
          cell: (info) => (
            <Link href={`/app/sales/orders/${info.row.original.id}`} className="font-medium text-brand-600 hover:underline dark:text-blue-400" data-testid="order-link">
              {info.getValue() ?? t("draftLabel")}
            </Link>
          ),
        }),
        helper.accessor((row) => row.account.name, {
          id: "account",
          header: t("columns.account"),
          meta: { label: t("columns.account") },
          enableSorting: false,
          cell: (info) => (
            <Link href={`/app/crm/accounts/${info.row.original.account.id}`} className="hover:underline">
              {info.getValue()}
            </Link>
          ),
        }),
        helper.accessor((row) => row.owner.name, { id: "owner", header: t("columns.owner"), meta: { label: t("columns.owner") }, enableSorting: false }),
        helper.accessor("orderDate", {
          header: t("columns.orderDate"),
          meta: { label: t("columns.orderDate") },
          cell: (info) => format.dateTime(new Date(`${info.getValue()}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" }),
        }),
        helper.accessor("phase", { header: t("columns.phase"), meta: { label: t("columns.phase") }, enableSorting: false, cell: (info) => <PhaseBadge phase={info.getValue()} /> }),
        helper.accessor("deliveryStatus", {
          header: t("columns.delivery"),
          meta: { label: t("columns.delivery") },
          enableSorting: false,
          cell: (info) => (info.row.original.status === "confirmed" ? t(`deliveryStatus.${info.getValue() as "none" | "partial" | "delivered"}`) : ""),
        }),
        helper.accessor("invoiceStatus", {
          header: t("columns.invoice"),
          meta: { label: t("columns.invoice") },
          enableSorting: false,
          cell: (info) => (info.row.original.status === "confirmed" ? t(`invoiceStatus.${info.getValue() as "none" | "partial" | "invoiced"}`) : ""),
        }),
        helper.accessor("creditHold", {
          header: t("columns.hold"),
          meta: { label: t("columns.hold") },
          enableSorting: false,
          cell: (info) => (info.getValue() ? <Badge tone="red">{t("holdOnly")}</Badge> : ""),
        }),
        helper.accessor("totalBase", {
          header: t("columns.total"),
          meta: { label: t("columns.total") },
          sortDescFirst: true,
          cell: (info) => (
            <span className="tabular-nums" title={info.row.original.currencyCode !== baseCurrency ? displayMoney(info.getValue(), baseCurrency, locale) : undefined}>
              {displayMoney(info.row.original.total, info.row.original.currencyCode, locale)}
            </span>
          ),
        }),
        helper.accessor("customerReference", { header: t("columns.customerReference"), meta: { label: t("columns.customerReference") }, enableSorting: false }),
        helper.accessor("createdAt", {
          header: t("columns.createdAt"),
          meta: { label: t("columns.createdAt") },
          sortDescFirst: true,
          cell: (info) => format.dateTime(new Date(info.getValue()), { dateStyle: "medium" }),
        }),
      ]),
    [t, format, locale, baseCurrency],
  );

  const filters = useMemo<DataTableFilter[]>(
    () => [
      { kind: "select", key: "phase", label: t("filters.phase"), options: PHASES.map((p) => ({ value: p, label: t(`phases.${p}`) })) },
      { kind: "select", key: "hold", label: t("filters.hold"), options: [{ value: "1", label: t("holdOnly") }] },
      { kind: "select", key: "owner", label: t("filters.owner"), options: owners.map((o) => ({ value: o.id, label: o.name })) },
    ],
    [t, owners],
  );

  return (
    <DataTable
      tableId="sales-orders"
      columns={columns}
      rows={rows}
      total={total}
      state={state}
      getRowId={rowId}
      searchLabel={t("searchPlaceholder")}
      filters={filters}
      exportHref="/app/sales/orders/export"
      defaultHidden={["customerReference", "createdAt"]}
    />
  );
}
