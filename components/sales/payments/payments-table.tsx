"use client";

import { useMemo } from "react";
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { DataTable } from "@/components/data-table/data-table";
import { dataTableColumns } from "@/components/data-table/features";
import type { DataTableFilter, DataTableState } from "@/components/data-table/types";
import { Badge } from "@/components/ui/card";
import { displayMoney } from "@/lib/domain/money";
import type { PaymentListRow } from "@/lib/sales/payments/find-payments";
import { PAYMENT_METHODS } from "@/lib/validation/payments";

const helper = dataTableColumns<PaymentListRow>();
const rowId = (row: PaymentListRow) => row.id;
const KINDS = ["RECEIPT", "PREPAYMENT", "CASH_SALE", "REFUND"] as const;
const TONE = { RECEIPT: "green", PREPAYMENT: "blue", CASH_SALE: "slate", REFUND: "amber" } as const;

type Props = { rows: PaymentListRow[]; total: number; state: DataTableState; accounts: { id: string; name: string }[] };

export function PaymentsTable({ rows, total, state, accounts }: Props) {
  const t = useTranslations("payments");
  const locale = useLocale();

  const columns = useMemo(
    () =>
      helper.columns([
        helper.accessor("number", {
          header: t("columns.number"),
          meta: { label: t("columns.number") },
          enableHiding: false,
          cell: (info) => (
            <Link href={`/app/billing/payments/${info.row.original.id}`} className="font-medium text-brand-600 hover:underline dark:text-blue-400">
              {info.getValue()}
            </Link>
          ),
        }),
        helper.accessor("paymentDate", { header: t("columns.paymentDate"), meta: { label: t("columns.paymentDate") } }),
        helper.accessor("kind", {
          header: t("columns.kind"),
          meta: { label: t("columns.kind") },
          enableSorting: false,
          cell: (info) => <Badge tone={TONE[info.getValue() as keyof typeof TONE] ?? "slate"}>{t(`kinds.${info.getValue() as (typeof KINDS)[number]}`)}</Badge>,
        }),
        helper.accessor((row) => row.account.name, {
          id: "account",
          header: t("columns.account"),
          meta: { label: t("columns.account") },
          enableSorting: false,
          cell: (info) => (
            <Link href={`/app/billing/receivables/${info.row.original.account.id}`} className="hover:underline">
              {info.getValue()}
            </Link>
          ),
        }),
        helper.accessor("amount", {
          header: t("columns.amount"),
          meta: { label: t("columns.amount") },
          cell: (info) => <span className="tabular-nums">{displayMoney(info.getValue(), info.row.original.currencyCode, locale)}</span>,
        }),
        helper.accessor("method", { header: t("columns.method"), meta: { label: t("columns.method") }, enableSorting: false, cell: (info) => t(`methods.${info.getValue() as (typeof PAYMENT_METHODS)[number]}`) }),
        helper.accessor("reference", { header: t("columns.reference"), meta: { label: t("columns.reference") }, enableSorting: false }),
        helper.accessor("allocationCount", { header: t("columns.allocations"), meta: { label: t("columns.allocations") }, enableSorting: false }),
      ]),
    [t, locale],
  );

  const filters = useMemo<DataTableFilter[]>(
    () => [
      { kind: "select", key: "kind", label: t("filters.kind"), options: KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) })) },
      { kind: "select", key: "method", label: t("filters.method"), options: PAYMENT_METHODS.map((m) => ({ value: m, label: t(`methods.${m}`) })) },
      { kind: "select", key: "account", label: t("filters.account"), options: accounts.map((a) => ({ value: a.id, label: a.name })) },
      { kind: "day", key: "from", label: t("filters.from") },
      { kind: "day", key: "to", label: t("filters.to") },
    ],
    [t, accounts],
  );

  return (
    <DataTable
      tableId="billing-payments"
      columns={columns}
      rows={rows}
      total={total}
      state={state}
      getRowId={rowId}
      searchLabel={t("searchPlaceholder")}
      filters={filters}
      exportHref="/app/billing/payments/export"
      defaultHidden={["allocationCount"]}
    />
  );
}
