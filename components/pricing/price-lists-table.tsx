"use client";

import { useMemo } from "react";
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { DataTable } from "@/components/data-table/data-table";
import { dataTableColumns } from "@/components/data-table/features";
import type { DataTableFilter, DataTableState } from "@/components/data-table/types";
import { Badge } from "@/components/ui/card";
import type { PriceListRow } from "@/lib/pricing/price-lists/find-price-lists";
import { formatDay } from "./format-day";

const helper = dataTableColumns<PriceListRow>();
const rowId = (row: PriceListRow) => row.id;

export function PriceListsTable({ rows, total, state, currencies }: { rows: PriceListRow[]; total: number; state: DataTableState; currencies: string[] }) {
  const t = useTranslations("pricing");
  const format = useFormatter();

  const columns = useMemo(() => {
    const day = (d: string | null, open: string) => (d ? <time dateTime={d}>{formatDay(format, d)}</time> : <span className="text-slate-400">{open}</span>);
    return helper.columns([
      helper.accessor("name", {
        header: t("lists.columns.name"),
        meta: { label: t("lists.columns.name") },
        enableHiding: false,
        cell: (info) => (
          <Link href={`/app/pricing/price-lists/${info.row.original.id}`} className="font-medium text-brand-600 hover:underline dark:text-blue-400" data-testid="price-list-link">
            {info.getValue()}
          </Link>
        ),
      }),
      helper.accessor("currencyCode", { header: t("lists.columns.currency"), meta: { label: t("lists.columns.currency") } }),
      helper.accessor("taxInclusive", {
        header: t("lists.columns.tax"),
        meta: { label: t("lists.columns.tax") },
        cell: (info) => (info.getValue() ? t("lists.taxInclusive") : t("lists.taxExclusive")),
      }),
      helper.accessor("validFrom", { header: t("lists.columns.validFrom"), meta: { label: t("lists.columns.validFrom") }, cell: (info) => day(info.getValue(), t("lists.openStart")) }),
      helper.accessor("validTo", { header: t("lists.columns.validTo"), meta: { label: t("lists.columns.validTo") }, cell: (info) => day(info.getValue(), t("lists.openEnd")) }),
      helper.accessor("isDefault", {
        header: t("lists.columns.default"),
        meta: { label: t("lists.columns.default") },
        sortDescFirst: true,
        cell: (info) => (info.getValue() ? <Badge tone="blue">{t("lists.default")}</Badge> : null),
      }),
      helper.accessor("isPublic", {
        header: t("lists.columns.public"),
        meta: { label: t("lists.columns.public") },
        sortDescFirst: true,
        cell: (info) => (info.getValue() ? t("lists.public") : <span className="text-slate-400">{t("lists.internal")}</span>),
      }),
      helper.accessor("active", {
        header: t("lists.columns.status"),
        meta: { label: t("lists.columns.status") },
        cell: (info) => (info.getValue() ? <Badge tone="green">{t("lists.active")}</Badge> : <Badge tone="red">{t("lists.inactive")}</Badge>),
      }),
      helper.accessor("itemCount", {
        header: t("lists.columns.items"),
        meta: { label: t("lists.columns.items"), className: "text-right tabular-nums" },
        enableSorting: false,
        cell: (info) => format.number(info.getValue()),
      }),
    ]);
  }, [t, format]);

  const filters = useMemo<DataTableFilter[]>(
    () => [
      { kind: "select", key: "currency", label: t("lists.filters.currency"), options: currencies.map((c) => ({ value: c, label: c })) },
      {
        kind: "select",
        key: "tax",
        label: t("lists.filters.tax"),
        options: [
          { value: "inclusive", label: t("lists.taxInclusive") },
          { value: "exclusive", label: t("lists.taxExclusive") },
        ],
      },
      {
        kind: "select",
        key: "status",
        label: t("lists.filters.status"),
        options: [
          { value: "active", label: t("lists.active") },
          { value: "inactive", label: t("lists.inactive") },
        ],
      },
    ],
    [t, currencies],
  );

  return (
    <DataTable tableId="price-lists" columns={columns} rows={rows} total={total} state={state} getRowId={rowId} searchLabel={t("lists.searchPlaceholder")} filters={filters} defaultHidden={["isPublic"]} />
  );
}
