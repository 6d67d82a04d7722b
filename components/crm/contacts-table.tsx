"use client";

import { useMemo } from "react";
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { DataTable } from "@/components/data-table/data-table";
import { dataTableColumns } from "@/components/data-table/features";
import type { DataTableFilter, DataTableState } from "@/components/data-table/types";
import { Badge } from "@/components/ui/card";
import type { ContactListRow } from "@/lib/crm/contacts/find-contacts";

const helper = dataTableColumns<ContactListRow>();
const rowId = (row: ContactListRow) => row.id;

export function ContactsTable({ rows, total, state, accounts }: { rows: ContactListRow[]; total: number; state: DataTableState; accounts: { id: string; name: string }[] }) {
  const t = useTranslations("crm");
  const tc = useTranslations("common");
  const format = useFormatter();

  const columns = useMemo(
    () =>
      helper.columns([
        helper.accessor("name", {
          header: t("contacts.columns.name"),
          meta: { label: t("contacts.columns.name") },
          enableHiding: false,
          cell: (info) => (
            <Link href={`/app/crm/contacts/${info.row.original.id}`} className="font-medium text-brand-600 hover:underline dark:text-blue-400">
              {info.getValue()}
              {info.row.original.isPrimary && (
                <span className="ml-2">
                  <Badge tone="blue">{t("contacts.columns.isPrimary")}</Badge>
                </span>
              )}
            </Link>
          ),
        }),
        helper.accessor((row) => row.account.name, {
          id: "account",
          header: t("contacts.columns.account"),
          meta: { label: t("contacts.columns.account") },
          enableSorting: false,
          cell: (info) => (
            <Link href={`/app/crm/accounts/${info.row.original.account.id}`} className="hover:underline">
              {info.getValue()}
            </Link>
          ),
        }),
        helper.accessor("title", { header: t("contacts.columns.title"), meta: { label: t("contacts.columns.title") } }),
        helper.accessor("department", { header: t("contacts.columns.department"), meta: { label: t("contacts.columns.department") }, enableSorting: false }),
        helper.accessor("email", { header: t("contacts.columns.email"), meta: { label: t("contacts.columns.email") } }),
        helper.accessor("mobile", { header: t("contacts.columns.mobile"), meta: { label: t("contacts.columns.mobile") }, enableSorting: false }),
        helper.accessor("phone", { header: t("contacts.columns.phone"), meta: { label: t("contacts.columns.phone") }, enableSorting: false }),
        helper.accessor("preferredLocale", {
          header: t("contacts.columns.preferredLocale"),
          meta: { label: t("contacts.columns.preferredLocale") },
          enableSorting: false,
          cell: (info) => tc(`locales.${info.getValue() === "en" ? "en" : "zh-CN"}`),
        }),
        helper.accessor("updatedAt", {
          header: t("contacts.columns.updatedAt"),
          meta: { label: t("contacts.columns.updatedAt") },
          sortDescFirst: true,
          cell: (info) => format.dateTime(new Date(info.getValue()), { dateStyle: "medium" }),
        }),
      ]),
    [t, tc, format],
  );

  const filters = useMemo<DataTableFilter[]>(() => [{ kind: "select", key: "account", label: t("contacts.columns.account"), options: accounts.map((a) => ({ value: a.id, label: a.name })) }], [t, accounts]);

  return (
    <DataTable
      tableId="crm-contacts"
      columns={columns}
      rows={rows}
      total={total}
      state={state}
      getRowId={rowId}
      searchLabel={t("contacts.searchPlaceholder")}
      filters={filters}
      exportHref="/app/crm/contacts/export"
      defaultHidden={["phone", "department", "updatedAt"]}
    />
  );
}
