"use client";

import { useMemo } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { RotateCcw } from "lucide-react";
import { DataTable } from "@/components/data-table/data-table";
import { dataTableColumns } from "@/components/data-table/features";
import type { DataTableFilter, DataTableState } from "@/components/data-table/types";
import { ActionButton } from "@/components/ui/action-button";
import { Badge } from "@/components/ui/card";
import { retryOutboxMessageAction } from "@/lib/actions/outbox";
import type { OutboxRow } from "@/lib/jobs/find-outbox-messages";

const helper = dataTableColumns<OutboxRow>();
const rowId = (row: OutboxRow) => row.id;
const STATUSES = ["pending", "sent", "dead"] as const;
const TONES = { pending: "amber", sent: "green", dead: "red" } as const;

export function OutboxTable({ rows, total, state, kinds }: { rows: OutboxRow[]; total: number; state: DataTableState; kinds: string[] }) {
  const t = useTranslations("outbox");
  const format = useFormatter();
  const columns = useMemo(() => {
    const when = (iso: string | null) => (iso ? format.dateTime(new Date(iso), { dateStyle: "short", timeStyle: "medium" }) : "");
    return helper.columns([
        helper.accessor("createdAt", { header: t("columns.createdAt"), meta: { label: t("columns.createdAt") }, sortDescFirst: true, cell: (info) => when(info.getValue()) }),
        helper.accessor("kind", { header: t("columns.kind"), meta: { label: t("columns.kind") }, enableSorting: false }),
        helper.accessor("event", { header: t("columns.event"), meta: { label: t("columns.event") }, enableSorting: false }),
        helper.accessor("status", {
          header: t("columns.status"),
          meta: { label: t("columns.status") },
          enableSorting: false,
          cell: (info) => {
            const s = info.getValue() as (typeof STATUSES)[number];
            return <Badge tone={TONES[s] ?? "slate"}>{STATUSES.includes(s) ? t(`statuses.${s}`) : s}</Badge>;
          },
        }),
        helper.accessor("attempts", { header: t("columns.attempts"), meta: { label: t("columns.attempts") }, cell: (info) => <span className="tabular-nums">{info.getValue()}</span> }),
        helper.accessor("responseCode", { header: t("columns.responseCode"), meta: { label: t("columns.responseCode") }, enableSorting: false }),
        helper.accessor("nextAttemptAt", {
          header: t("columns.nextAttemptAt"),
          meta: { label: t("columns.nextAttemptAt") },
          cell: (info) => (info.row.original.status === "pending" ? when(info.getValue()) : ""),
        }),
        helper.accessor("sentAt", { header: t("columns.sentAt"), meta: { label: t("columns.sentAt") }, sortDescFirst: true, cell: (info) => when(info.getValue()) }),
        helper.accessor("lastError", {
          header: t("columns.lastError"),
          meta: { label: t("columns.lastError") },
          enableSorting: false,
          cell: (info) => (
            <span className="block max-w-xs truncate text-xs text-red-700 dark:text-red-300" title={info.getValue()}>
              {info.getValue()}
            </span>
          ),
        }),
        helper.accessor("dedupeKey", { header: t("columns.dedupeKey"), meta: { label: t("columns.dedupeKey") }, enableSorting: false }),
        helper.display({
          id: "actions",
          header: "",
          enableHiding: false,
          cell: (info) => (info.row.original.status === "dead" ? <RetryButton id={info.row.original.id} /> : null),
        }),
    ]);
  }, [t, format]);

  const filters = useMemo<DataTableFilter[]>(
    () => [
      { kind: "select", key: "status", label: t("columns.status"), options: STATUSES.map((s) => ({ value: s, label: t(`statuses.${s}`) })) },
      { kind: "select", key: "kind", label: t("columns.kind"), options: kinds.map((k) => ({ value: k, label: k })) },
    ],
    [t, kinds],
  );

  return (
    <DataTable
      tableId="settings-outbox"
      columns={columns}
      rows={rows}
      total={total}
      state={state}
      getRowId={rowId}
      searchLabel={t("searchPlaceholder")}
      filters={filters}
      defaultHidden={["dedupeKey", "sentAt"]}
    />
  );
}

function RetryButton({ id }: { id: string }) {
  const t = useTranslations("outbox");
  return (
    <ActionButton
      run={() => retryOutboxMessageAction({ id })}
      className="inline-flex items-center gap-1 rounded-md px-2 py-1 text-xs text-brand-600 hover:bg-slate-100 disabled:opacity-50 dark:text-blue-400 dark:hover:bg-slate-800"
      testId="outbox-retry"
    >
      <RotateCcw className="h-3.5 w-3.5" aria-hidden />
      {t("retry")}
    </ActionButton>
  );
}
