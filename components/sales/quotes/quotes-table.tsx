"use client";

import { useMemo } from "react";
import Link from "next/link";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { DataTable } from "@/components/data-table/data-table";
import { dataTableColumns } from "@/components/data-table/features";
import type { DataTableFilter, DataTableState } from "@/components/data-table/types";
import { displayMoney } from "@/lib/domain/money";
import type { QuoteListRow } from "@/lib/sales/quotes/find-quotes";
import { QUOTE_STATUSES } from "@/lib/validation/quotes";
import { QuoteStatusBadge } from "./quote-status-badge";

const helper = dataTableColumns<QuoteListRow>();
const rowId = (row: QuoteListRow) => row.id;

type Props = { rows: QuoteListRow[]; total: number; state: DataTableState; owners: { id: string; name: string }[]; baseCurrency: string };

export function QuotesTable({ rows, total, state, owners, baseCurrency }: Props) {
  const t = useTranslations("quotes");
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
            <Link href={`/app/sales/quotes/${info.row.original.id}`} className="font-medium text-brand-600 hover:underline dark:text-blue-400" data-testid="quote-link">
              {info.getValue()}
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
        helper.accessor("title", { header: t("columns.title"), meta: { label: t("columns.title") } }),
        helper.accessor((row) => row.owner.name, { id: "owner", header: t("columns.owner"), meta: { label: t("columns.owner") }, enableSorting: false }),
        helper.accessor("status", { header: t("columns.status"), meta: { label: t("columns.status") }, cell: (info) => <QuoteStatusBadge status={info.getValue()} /> }),
        helper.accessor("currentRevision", { header: t("columns.revision"), meta: { label: t("columns.revision") }, enableSorting: false, cell: (info) => `R${info.getValue()}` }),
        helper.accessor("total", {
          header: t("columns.total"),
          meta: { label: t("columns.total") },
          enableSorting: false,
          cell: (info) => <span className="tabular-nums">{displayMoney(info.getValue(), info.row.original.currencyCode, locale)}</span>,
        }),
        helper.accessor("totalBase", {
          header: t("columns.totalBase"),
          meta: { label: t("columns.totalBase") },
          cell: (info) => <span className="tabular-nums">{displayMoney(info.getValue(), baseCurrency, locale)}</span>,
        }),
        helper.accessor("validUntil", {
          header: t("columns.validUntil"),
          meta: { label: t("columns.validUntil") },
          cell: (info) => format.dateTime(new Date(`${info.getValue()}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" }),
        }),
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
      { kind: "select", key: "status", label: t("filters.status"), options: QUOTE_STATUSES.map((s) => ({ value: s, label: t(`statuses.${s}`) })) },
      { kind: "select", key: "owner", label: t("filters.owner"), options: owners.map((o) => ({ value: o.id, label: o.name })) },
    ],
    [t, owners],
  );

  return (
    <DataTable
      tableId="sales-quotes"
      columns={columns}
      rows={rows}
      total={total}
      state={state}
      getRowId={rowId}
      searchLabel={t("searchPlaceholder")}
      filters={filters}
      exportHref="/app/sales/quotes/export"
      defaultHidden={["totalBase"]}
    />
  );
}
