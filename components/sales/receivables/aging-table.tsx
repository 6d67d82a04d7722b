"use client";

import { useMemo } from "react";
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { DataTable } from "@/components/data-table/data-table";
import { dataTableColumns } from "@/components/data-table/features";
import type { DataTableFilter, DataTableState } from "@/components/data-table/types";
import { AGING_BUCKETS, type AgingTotals } from "@/lib/domain/aging";
import { displayMoney } from "@/lib/domain/money";
import type { AgingRow } from "@/lib/sales/receivables/find-aging";

const helper = dataTableColumns<AgingRow>();
const rowId = (row: AgingRow) => row.id;

type Props = { rows: AgingRow[]; total: number; state: DataTableState; owners: { id: string; name: string }[]; totals: AgingTotals; baseCurrency: string };

/** Aging by customer; the totals row sums every customer that matches the filters, not just this page. */
export function AgingTable({ rows, total, state, owners, totals, baseCurrency }: Props) {
  const t = useTranslations("receivables");
  const locale = useLocale();
  const money = (v: number) => <span className="tabular-nums">{displayMoney(v, baseCurrency, locale)}</span>;

  const columns = useMemo(
    () =>
      helper.columns([
        helper.accessor("name", {
          header: t("columns.name"),
          meta: { label: t("columns.name") },
          enableHiding: false,
          cell: (info) => (
            <Link href={`/app/billing/receivables/${info.row.original.id}`} className="font-medium text-brand-600 hover:underline dark:text-blue-400">
              {info.getValue()}
            </Link>
          ),
        }),
        helper.accessor("code", { header: t("columns.code"), meta: { label: t("columns.code") }, enableSorting: false }),
        helper.accessor("ownerName", { header: t("columns.owner"), meta: { label: t("columns.owner") }, enableSorting: false }),
        ...AGING_BUCKETS.map((b) => helper.accessor(b, { header: t(`buckets.${b}`), meta: { label: t(`buckets.${b}`) }, sortDescFirst: true, cell: (info) => money(info.getValue()) })),
        helper.accessor("total", { header: t("buckets.total"), meta: { label: t("buckets.total") }, sortDescFirst: true, cell: (info) => <strong>{money(info.getValue())}</strong> }),
      ]),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [t, locale, baseCurrency],
  );

  const filters = useMemo<DataTableFilter[]>(
    () => [
      { kind: "select", key: "owner", label: t("filters.owner"), options: owners.map((o) => ({ value: o.id, label: o.name })) },
      { kind: "select", key: "overdue", label: t("filters.overdue"), options: [{ value: "yes", label: t("filters.yes") }] },
      { kind: "day", key: "asOf", label: t("filters.asOf") },
    ],
    [t, owners],
  );

  return (
    <div className="space-y-3">
      <dl className="grid grid-cols-2 gap-3 rounded-lg border border-slate-200 bg-white p-4 text-sm sm:grid-cols-6 dark:border-slate-800 dark:bg-slate-900" data-testid="aging-totals">
        {[...AGING_BUCKETS, "total" as const].map((b) => (
          <div key={b}>
            <dt className="text-xs text-slate-500">{t(`buckets.${b}`)}</dt>
            <dd className="font-medium tabular-nums" data-testid={`aging-total-${b}`}>{displayMoney(totals[b], baseCurrency, locale)}</dd>
          </div>
        ))}
      </dl>
      <DataTable tableId="billing-aging" columns={columns} rows={rows} total={total} state={state} getRowId={rowId} searchLabel={t("searchPlaceholder")} filters={filters} exportHref="/app/billing/receivables/export" />
    </div>
  );
}
