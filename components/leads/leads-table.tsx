"use client";

import { useMemo } from "react";
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { DataTable } from "@/components/data-table/data-table";
import { dataTableColumns } from "@/components/data-table/features";
import type { DataTableFilter, DataTableState } from "@/components/data-table/types";
import type { LeadListRow } from "@/lib/crm/leads/find-leads";
import { LEAD_RATINGS, LEAD_SOURCES, LEAD_STATUSES, type LeadRating, type LeadSource, type LeadStatus } from "@/lib/domain/leads";
import { LeadRatingBadge, LeadStatusBadge } from "./lead-badges";

const helper = dataTableColumns<LeadListRow>();
const rowId = (row: LeadListRow) => row.id;

export function LeadsTable({ rows, total, state, owners }: { rows: LeadListRow[]; total: number; state: DataTableState; owners: { id: string; name: string }[] }) {
  const t = useTranslations("leads");
  const format = useFormatter();

  const columns = useMemo(
    () =>
      helper.columns([
        helper.accessor("number", {
          header: t("columns.number"),
          meta: { label: t("columns.number") },
          cell: (info) => (
            <Link href={`/app/crm/leads/${info.row.original.id}`} className="font-medium tabular-nums text-brand-600 hover:underline dark:text-blue-400">
              {info.getValue()}
            </Link>
          ),
        }),
        helper.accessor("personName", {
          header: t("columns.personName"),
          meta: { label: t("columns.personName") },
          enableHiding: false,
          cell: (info) => (
            <Link href={`/app/crm/leads/${info.row.original.id}`} className="hover:underline">
              {info.getValue()}
            </Link>
          ),
        }),
        helper.accessor("company", { header: t("columns.company"), meta: { label: t("columns.company") } }),
        helper.accessor("status", {
          header: t("columns.status"),
          meta: { label: t("columns.status") },
          cell: (info) => <LeadStatusBadge status={info.getValue()} label={t(`statuses.${info.getValue() as LeadStatus}`)} />,
        }),
        helper.accessor("rating", {
          header: t("columns.rating"),
          meta: { label: t("columns.rating") },
          cell: (info) => <LeadRatingBadge rating={info.getValue()} label={t(`ratings.${info.getValue() as LeadRating}`)} />,
        }),
        helper.accessor("score", { header: t("columns.score"), meta: { label: t("columns.score") }, sortDescFirst: true, cell: (info) => <span className="tabular-nums">{info.getValue()}</span> }),
        helper.accessor("source", { header: t("columns.source"), meta: { label: t("columns.source") }, cell: (info) => t(`sources.${info.getValue() as LeadSource}`) }),
        helper.accessor((row) => row.owner.name, { id: "owner", header: t("columns.owner"), meta: { label: t("columns.owner") }, enableSorting: false }),
        helper.accessor("email", { header: t("columns.email"), meta: { label: t("columns.email") }, enableSorting: false }),
        helper.accessor("phone", { header: t("columns.phone"), meta: { label: t("columns.phone") }, enableSorting: false }),
        helper.accessor("createdAt", {
          header: t("columns.createdAt"),
          meta: { label: t("columns.createdAt") },
          sortDescFirst: true,
          cell: (info) => format.dateTime(new Date(info.getValue()), { dateStyle: "medium" }),
        }),
      ]),
    [t, format],
  );

  const filters = useMemo<DataTableFilter[]>(
    () => [
      { kind: "select", key: "status", label: t("filters.status"), options: LEAD_STATUSES.map((v) => ({ value: v, label: t(`statuses.${v}`) })) },
      { kind: "select", key: "rating", label: t("filters.rating"), options: LEAD_RATINGS.map((v) => ({ value: v, label: t(`ratings.${v}`) })) },
      { kind: "select", key: "source", label: t("filters.source"), options: LEAD_SOURCES.map((v) => ({ value: v, label: t(`sources.${v}`) })) },
      { kind: "select", key: "owner", label: t("filters.owner"), options: owners.map((o) => ({ value: o.id, label: o.name })) },
    ],
    [t, owners],
  );

  return (
    <DataTable
      tableId="crm-leads"
      columns={columns}
      rows={rows}
      total={total}
      state={state}
      getRowId={rowId}
      searchLabel={t("searchPlaceholder")}
      filters={filters}
      exportHref="/app/crm/leads/export"
      defaultHidden={["email", "phone"]}
    />
  );
}
