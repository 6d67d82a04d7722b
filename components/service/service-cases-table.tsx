"use client";

import { useMemo } from "react";
import Link from "next/link";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { DataTable } from "@/components/data-table/data-table";
import { dataTableColumns } from "@/components/data-table/features";
import type { DataTableFilter, DataTableState } from "@/components/data-table/types";
import { Badge } from "@/components/ui/card";
import { CASE_CATEGORIES, CASE_SEVERITIES, CASE_STATUSES, ROOT_CAUSES, type CaseCategory, type CaseSeverity, type CaseStatus } from "@/lib/domain/service-case";
import type { ServiceCaseListRow } from "@/lib/service/cases/find-service-cases";
import { caseProductLabel, dayAsDate, severityTone, statusTone } from "./format";

const helper = dataTableColumns<ServiceCaseListRow>();
const rowId = (row: ServiceCaseListRow) => row.id;

type Props = { rows: ServiceCaseListRow[]; total: number; state: DataTableState; owners: { id: string; name: string }[]; today: string };

export function ServiceCasesTable({ rows, total, state, owners, today }: Props) {
  const t = useTranslations("service");
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
            <Link href={`/app/service/cases/${info.row.original.id}`} className="font-medium whitespace-nowrap text-brand-600 hover:underline dark:text-blue-400">
              {info.getValue()}
            </Link>
          ),
        }),
        helper.accessor("subject", { header: t("columns.subject"), meta: { label: t("columns.subject") } }),
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
        helper.accessor((row) => caseProductLabel(row.product, row.productText, locale), { id: "product", header: t("columns.product"), meta: { label: t("columns.product") }, enableSorting: false }),
        helper.accessor("category", { header: t("columns.category"), meta: { label: t("columns.category") }, enableSorting: false, cell: (info) => t(`categories.${info.getValue() as CaseCategory}`) }),
        helper.accessor("severity", {
          header: t("columns.severity"),
          meta: { label: t("columns.severity") },
          enableSorting: false,
          cell: (info) => <Badge tone={severityTone(info.getValue())}>{t(`severities.${info.getValue() as CaseSeverity}`)}</Badge>,
        }),
        helper.accessor("status", {
          header: t("columns.status"),
          meta: { label: t("columns.status") },
          enableSorting: false,
          cell: (info) => <Badge tone={statusTone(info.getValue())}>{t(`statuses.${info.getValue() as CaseStatus}`)}</Badge>,
        }),
        helper.accessor((row) => row.owner.name, { id: "owner", header: t("columns.owner"), meta: { label: t("columns.owner") }, enableSorting: false }),
        helper.accessor("openedAt", {
          header: t("columns.openedAt"),
          meta: { label: t("columns.openedAt") },
          sortDescFirst: true,
          cell: (info) => <span className="whitespace-nowrap">{format.dateTime(new Date(info.getValue()), { dateStyle: "medium" })}</span>,
        }),
        helper.accessor("followUpDate", {
          header: t("columns.followUpDate"),
          meta: { label: t("columns.followUpDate") },
          cell: (info) => {
            const day = info.getValue();
            if (!day) return "";
            const text = format.dateTime(dayAsDate(day), { dateStyle: "medium", timeZone: "UTC" });
            return day <= today ? <Badge tone={day < today ? "red" : "amber"}>{text}</Badge> : <span className="whitespace-nowrap">{text}</span>;
          },
        }),
        helper.accessor("updatedAt", {
          header: t("columns.updatedAt"),
          meta: { label: t("columns.updatedAt") },
          sortDescFirst: true,
          cell: (info) => format.dateTime(new Date(info.getValue()), { dateStyle: "medium" }),
        }),
      ]),
    [t, format, locale, today],
  );

  const filters = useMemo<DataTableFilter[]>(
    () => [
      { kind: "select", key: "status", label: t("filters.status"), options: CASE_STATUSES.map((v) => ({ value: v, label: t(`statuses.${v}`) })) },
      { kind: "select", key: "category", label: t("filters.category"), options: CASE_CATEGORIES.map((v) => ({ value: v, label: t(`categories.${v}`) })) },
      { kind: "select", key: "severity", label: t("filters.severity"), options: CASE_SEVERITIES.map((v) => ({ value: v, label: t(`severities.${v}`) })) },
      { kind: "select", key: "owner", label: t("filters.owner"), options: owners.map((o) => ({ value: o.id, label: o.name })) },
      { kind: "select", key: "rootCause", label: t("filters.rootCause"), options: ROOT_CAUSES.map((v) => ({ value: v, label: t(`rootCauses.${v}`) })) },
      { kind: "select", key: "followUp", label: t("filters.followUp"), options: [{ value: "due", label: t("filters.followUpDue") }] },
    ],
    [t, owners],
  );

  return (
    <DataTable
      tableId="service-cases"
      columns={columns}
      rows={rows}
      total={total}
      state={state}
      getRowId={rowId}
      searchLabel={t("searchPlaceholder")}
      filters={filters}
      exportHref="/app/service/cases/export"
      defaultHidden={["updatedAt", "product"]}
    />
  );
}
