"use client";

import { useMemo } from "react";
import Link from "next/link";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { DataTable } from "@/components/data-table/data-table";
import { dataTableColumns } from "@/components/data-table/features";
import type { DataTableFilter, DataTableState } from "@/components/data-table/types";
import { Badge } from "@/components/ui/card";
import type { AccountListRow } from "@/lib/crm/accounts/find-accounts";
import { ACCOUNT_STATUSES, ACCOUNT_TYPES, REGIONS, type AccountType, type Region } from "@/lib/domain/crm";
import { displayMoney } from "@/lib/domain/money";

const helper = dataTableColumns<AccountListRow>();
const rowId = (row: AccountListRow) => row.id;

export function AccountsTable({ rows, total, state, owners, currency }: { rows: AccountListRow[]; total: number; state: DataTableState; owners: { id: string; name: string }[]; currency: string }) {
  const t = useTranslations("crm");
  const format = useFormatter();
  const locale = useLocale();

  const columns = useMemo(
    () =>
      helper.columns([
        helper.accessor("code", { header: t("accounts.columns.code"), meta: { label: t("accounts.columns.code") } }),
        helper.accessor("name", {
          header: t("accounts.columns.name"),
          meta: { label: t("accounts.columns.name") },
          enableHiding: false,
          cell: (info) => (
            <Link href={`/app/crm/accounts/${info.row.original.id}`} className="font-medium text-brand-600 hover:underline dark:text-blue-400">
              {info.getValue()}
            </Link>
          ),
        }),
        helper.accessor("type", { header: t("accounts.columns.type"), meta: { label: t("accounts.columns.type") }, cell: (info) => t(`types.${info.getValue() as AccountType}`) }),
        helper.accessor((row) => row.owner.name, { id: "owner", header: t("accounts.columns.owner"), meta: { label: t("accounts.columns.owner") }, enableSorting: false }),
        helper.accessor("region", {
          header: t("accounts.columns.region"),
          meta: { label: t("accounts.columns.region") },
          cell: (info) => (info.getValue() ? t(`regions.${info.getValue() as Region}`) : ""),
        }),
        helper.accessor("city", { header: t("accounts.columns.city"), meta: { label: t("accounts.columns.city") }, enableSorting: false }),
        helper.accessor("status", {
          header: t("accounts.columns.status"),
          meta: { label: t("accounts.columns.status") },
          cell: (info) => (info.getValue() === "active" ? <Badge tone="green">{t("statuses.active")}</Badge> : <Badge tone="red">{t("statuses.inactive")}</Badge>),
        }),
        helper.accessor("creditLimit", {
          header: t("accounts.columns.creditLimit"),
          meta: { label: t("accounts.columns.creditLimit") },
          cell: (info) => {
            const v = info.getValue();
            return v === null ? <span className="text-slate-400">{t("accounts.noLimit")}</span> : <span className="tabular-nums">{displayMoney(v, currency, locale)}</span>;
          },
        }),
        helper.accessor("updatedAt", {
          header: t("accounts.columns.updatedAt"),
          meta: { label: t("accounts.columns.updatedAt") },
          sortDescFirst: true,
          cell: (info) => format.dateTime(new Date(info.getValue()), { dateStyle: "medium" }),
        }),
      ]),
    [t, format, currency, locale],
  );

  const filters = useMemo<DataTableFilter[]>(
    () => [
      { kind: "select", key: "type", label: t("accounts.filters.type"), options: ACCOUNT_TYPES.map((v) => ({ value: v, label: t(`types.${v}`) })) },
      { kind: "select", key: "owner", label: t("accounts.filters.owner"), options: owners.map((o) => ({ value: o.id, label: o.name })) },
      { kind: "select", key: "status", label: t("accounts.filters.status"), options: ACCOUNT_STATUSES.map((v) => ({ value: v, label: t(`statuses.${v}`) })) },
      { kind: "select", key: "region", label: t("accounts.filters.region"), options: REGIONS.map((v) => ({ value: v, label: t(`regions.${v}`) })) },
    ],
    [t, owners],
  );

  return (
    <DataTable
      tableId="crm-accounts"
      columns={columns}
      rows={rows}
      total={total}
      state={state}
      getRowId={rowId}
      searchLabel={t("accounts.searchPlaceholder")}
      filters={filters}
      exportHref="/app/crm/accounts/export"
      defaultHidden={["city", "updatedAt"]}
    />
  );
}
