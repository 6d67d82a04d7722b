"use client";

import { useMemo } from "react";
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { DataTable } from "@/components/data-table/data-table";
import { dataTableColumns } from "@/components/data-table/features";
import type { DataTableFilter, DataTableState } from "@/components/data-table/types";
import { Badge } from "@/components/ui/card";
import { displayMoney } from "@/lib/domain/money";
import type { InvoiceListRow } from "@/lib/sales/invoices/find-invoices";
import { InvoiceStatusBadge } from "./invoice-status-badge";

const helper = dataTableColumns<InvoiceListRow>();
const rowId = (row: InvoiceListRow) => row.id;
const LINK = "text-brand-600 hover:underline dark:text-blue-400";
const NUM = "text-right tabular-nums";

export function InvoicesTable({ rows, total, state, baseCurrency }: { rows: InvoiceListRow[]; total: number; state: DataTableState; baseCurrency: string }) {
  const t = useTranslations("invoices");
  const locale = useLocale();

  const columns = useMemo(
    () =>
      helper.columns([
        helper.accessor("number", {
          header: t("columns.number"),
          meta: { label: t("columns.number") },
          enableHiding: false,
          cell: (info) => (
            <Link href={`/app/billing/invoices/${info.row.original.id}`} className={`font-mono ${LINK}`} data-testid="invoice-number">
              {info.getValue() ?? t("draftNumber")}
            </Link>
          ),
        }),
        helper.accessor("kind", {
          header: t("columns.kind"),
          meta: { label: t("columns.kind") },
          enableSorting: false,
          cell: (info) => (info.getValue() === "CREDIT_NOTE" ? <Badge tone="amber">{t("kind.CREDIT_NOTE")}</Badge> : t("kind.INVOICE")),
        }),
        helper.accessor("status", { header: t("columns.status"), meta: { label: t("columns.status") }, enableSorting: false, cell: (info) => <InvoiceStatusBadge status={info.getValue()} /> }),
        helper.accessor((r) => r.account.name, {
          id: "account",
          header: t("columns.account"),
          meta: { label: t("columns.account") },
          enableSorting: false,
          cell: (info) => <Link href={`/app/crm/accounts/${info.row.original.account.id}`} className={LINK}>{info.getValue()}</Link>,
        }),
        helper.accessor("issueDate", { header: t("columns.issueDate"), meta: { label: t("columns.issueDate") }, sortDescFirst: true, cell: (info) => <span className="tabular-nums">{info.getValue()}</span> }),
        helper.accessor("dueDate", { header: t("columns.dueDate"), meta: { label: t("columns.dueDate") }, cell: (info) => (info.row.original.kind === "INVOICE" ? <span className="tabular-nums">{info.getValue()}</span> : "") }),
        helper.accessor("total", {
          header: t("columns.total"),
          meta: { label: t("columns.total"), className: NUM },
          sortDescFirst: true,
          cell: (info) => displayMoney(info.getValue(), info.row.original.currencyCode, locale),
        }),
        helper.accessor("totalBase", {
          header: t("columns.totalBase"),
          meta: { label: t("columns.totalBase"), className: NUM },
          enableSorting: false,
          cell: (info) => displayMoney(info.getValue(), baseCurrency, locale),
        }),
        helper.accessor("open", {
          header: t("columns.open"),
          meta: { label: t("columns.open"), className: NUM },
          enableSorting: false,
          cell: (info) => (info.row.original.status === "issued" ? <span data-testid="invoice-open">{displayMoney(info.getValue(), info.row.original.currencyCode, locale)}</span> : ""),
        }),
        helper.accessor("overdueDays", {
          header: t("columns.overdue"),
          meta: { label: t("columns.overdue") },
          enableSorting: false,
          cell: (info) => (info.getValue() > 0 ? <Badge tone="red">{t("overdueDays", { days: info.getValue() })}</Badge> : ""),
        }),
        helper.accessor("original", {
          header: t("columns.original"),
          meta: { label: t("columns.original") },
          enableSorting: false,
          cell: (info) => {
            const o = info.getValue();
            return o ? <Link href={`/app/billing/invoices/${o.id}`} className={`font-mono ${LINK}`}>{o.number}</Link> : "";
          },
        }),
      ]),
    [t, locale, baseCurrency],
  );

  const filters = useMemo<DataTableFilter[]>(
    () => [
      { kind: "select", key: "kind", label: t("filters.kind"), options: (["INVOICE", "CREDIT_NOTE"] as const).map((k) => ({ value: k, label: t(`kind.${k}`) })) },
      { kind: "select", key: "status", label: t("filters.status"), options: (["draft", "issued", "void"] as const).map((s) => ({ value: s, label: t(`status.${s}`) })) },
      { kind: "select", key: "overdue", label: t("filters.overdue"), options: [{ value: "yes", label: t("filters.overdueOnly") }] },
      { kind: "day", key: "from", label: t("filters.from") },
      { kind: "day", key: "to", label: t("filters.to") },
    ],
    [t],
  );

  return <DataTable tableId="invoices" columns={columns} rows={rows} total={total} state={state} getRowId={rowId} searchLabel={t("search")} filters={filters} exportHref="/app/billing/invoices/export" />;
}
