"use client";

import { useMemo } from "react";
import Link from "next/link";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { DataTable } from "@/components/data-table/data-table";
import { dataTableColumns } from "@/components/data-table/features";
import type { DataTableFilter, DataTableState } from "@/components/data-table/types";
import { Badge } from "@/components/ui/card";
import type { OpportunityListRow } from "@/lib/crm/opportunities/find-opportunities";
import { basisPointsToPercent } from "@/lib/domain/basis-points";
import { displayMoney, percentOf } from "@/lib/domain/money";
import { RATINGS, stageName, type Rating } from "@/lib/domain/pipeline";

const helper = dataTableColumns<OpportunityListRow>();
const rowId = (row: OpportunityListRow) => row.id;
const RATING_TONE = { hot: "red", warm: "amber", cold: "slate" } as const;

type Props = {
  rows: OpportunityListRow[];
  total: number;
  state: DataTableState;
  owners: { id: string; name: string }[];
  teams: { id: string; name: string }[];
  stages: { id: string; nameZh: string; nameEn: string }[];
  months: string[];
};

export function OpportunitiesTable({ rows, total, state, owners, teams, stages, months }: Props) {
  const t = useTranslations("pipeline");
  const format = useFormatter();
  const locale = useLocale();

  const columns = useMemo(
    () =>
      helper.columns([
        helper.accessor("name", {
          header: t("columns.name"),
          meta: { label: t("columns.name") },
          enableHiding: false,
          cell: (info) => (
            <Link href={`/app/crm/opportunities/${info.row.original.id}`} className="font-medium text-brand-600 hover:underline dark:text-blue-400">
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
        helper.accessor((row) => stageName(row.stage, locale), { id: "stage", header: t("columns.stage"), meta: { label: t("columns.stage") }, enableSorting: false }),
        helper.accessor("amount", {
          header: t("columns.amount"),
          meta: { label: t("columns.amount") },
          cell: (info) => <span className="tabular-nums">{displayMoney(info.getValue(), info.row.original.currencyCode, locale)}</span>,
        }),
        helper.accessor("probabilityBp", { header: t("columns.probability"), meta: { label: t("columns.probability") }, cell: (info) => `${basisPointsToPercent(info.getValue())} %` }),
        helper.accessor((row) => percentOf(row.amount, row.probabilityBp), {
          id: "weighted",
          header: t("columns.weighted"),
          meta: { label: t("columns.weighted") },
          enableSorting: false,
          cell: (info) => <span className="tabular-nums">{displayMoney(info.getValue(), info.row.original.currencyCode, locale)}</span>,
        }),
        helper.accessor("expectedCloseDate", {
          header: t("columns.expectedCloseDate"),
          meta: { label: t("columns.expectedCloseDate") },
          cell: (info) => (info.getValue() ? format.dateTime(new Date(`${info.getValue()}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" }) : ""),
        }),
        helper.accessor((row) => row.owner.name, { id: "owner", header: t("columns.owner"), meta: { label: t("columns.owner") }, enableSorting: false }),
        helper.accessor("rating", {
          header: t("columns.rating"),
          meta: { label: t("columns.rating") },
          enableSorting: false,
          cell: (info) => <Badge tone={RATING_TONE[info.getValue() as Rating] ?? "slate"}>{t(`ratings.${info.getValue() as Rating}`)}</Badge>,
        }),
        helper.accessor("updatedAt", {
          header: t("columns.updatedAt"),
          meta: { label: t("columns.updatedAt") },
          sortDescFirst: true,
          cell: (info) => format.dateTime(new Date(info.getValue()), { dateStyle: "medium" }),
        }),
      ]),
    [t, format, locale],
  );

  const filters = useMemo<DataTableFilter[]>(
    () => [
      { kind: "select", key: "stage", label: t("filters.stage"), options: stages.map((s) => ({ value: s.id, label: stageName(s, locale) })) },
      { kind: "select", key: "owner", label: t("filters.owner"), options: owners.map((o) => ({ value: o.id, label: o.name })) },
      // Reps see only their own team's work: no team filter to offer them.
      ...(teams.length > 0 ? [{ kind: "select" as const, key: "team", label: t("filters.team"), options: teams.map((team) => ({ value: team.id, label: team.name })) }] : []),
      { kind: "select", key: "month", label: t("filters.month"), options: months.map((m) => ({ value: m, label: m })) },
      { kind: "select", key: "rating", label: t("filters.rating"), options: RATINGS.map((v) => ({ value: v, label: t(`ratings.${v}`) })) },
    ],
    [t, owners, teams, stages, months, locale],
  );

  return (
    <DataTable
      tableId="crm-opportunities"
      columns={columns}
      rows={rows}
      total={total}
      state={state}
      getRowId={rowId}
      searchLabel={t("searchPlaceholder")}
      filters={filters}
      exportHref="/app/crm/opportunities/export"
      defaultHidden={["updatedAt"]}
    />
  );
}
