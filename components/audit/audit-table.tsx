"use client";

import { useMemo } from "react";
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { DataTable } from "@/components/data-table/data-table";
import { dataTableColumns } from "@/components/data-table/features";
import type { DataTableFilter, DataTableState } from "@/components/data-table/types";
import type { AuditListRow } from "@/lib/audit/find-audit-entries";
import { auditLabel } from "./labels";

const helper = dataTableColumns<AuditListRow>();
const rowId = (row: AuditListRow) => row.id;

type Options = { entityTypes: string[]; actions: string[]; actors: { id: string; email: string }[] };

export function AuditTable({ rows, total, state, options }: { rows: AuditListRow[]; total: number; state: DataTableState; options: Options }) {
  const t = useTranslations("audit");
  const format = useFormatter();

  const columns = useMemo(
    () =>
      helper.columns([
        helper.accessor("at", {
          header: t("columns.at"),
          meta: { label: t("columns.at") },
          enableHiding: false,
          sortDescFirst: true,
          cell: (info) => (
            <Link href={`/app/settings/audit/${info.row.original.id}`} className="text-brand-600 hover:underline dark:text-blue-400" data-testid="audit-open">
              <time dateTime={new Date(info.getValue()).toISOString()}>{format.dateTime(new Date(info.getValue()), { dateStyle: "medium", timeStyle: "medium" })}</time>
            </Link>
          ),
        }),
        helper.accessor("actorEmail", {
          header: t("columns.actorEmail"),
          meta: { label: t("columns.actorEmail") },
          cell: (info) => info.getValue() || <span className="text-slate-400">{t("system")}</span>,
        }),
        helper.accessor("action", { header: t("columns.action"), meta: { label: t("columns.action") }, cell: (info) => auditLabel(t, "actions", info.getValue()) }),
        helper.accessor("entityType", { header: t("columns.entityType"), meta: { label: t("columns.entityType") }, cell: (info) => auditLabel(t, "entityTypes", info.getValue()) }),
        helper.accessor("entityId", { header: t("columns.entityId"), meta: { label: t("columns.entityId"), className: "font-mono text-xs" } }),
        helper.accessor("requestId", {
          header: t("columns.requestId"),
          meta: { label: t("columns.requestId"), className: "font-mono text-xs" },
          enableSorting: false,
          cell: (info) => info.getValue() ?? "",
        }),
      ]),
    [t, format],
  );

  const filters = useMemo<DataTableFilter[]>(
    () => [
      { kind: "select", key: "entityType", label: t("filters.entityType"), options: options.entityTypes.map((v) => ({ value: v, label: auditLabel(t, "entityTypes", v) })) },
      { kind: "select", key: "action", label: t("filters.action"), options: options.actions.map((v) => ({ value: v, label: auditLabel(t, "actions", v) })) },
      { kind: "select", key: "actor", label: t("filters.actor"), options: [{ value: "system", label: t("system") }, ...options.actors.map((a) => ({ value: a.id, label: a.email }))] },
      { kind: "day", key: "from", label: t("filters.from") },
      { kind: "day", key: "to", label: t("filters.to") },
    ],
    [t, options],
  );

  return (
    <DataTable
      tableId="audit"
      columns={columns}
      rows={rows}
      total={total}
      state={state}
      getRowId={rowId}
      searchLabel={t("searchPlaceholder")}
      filters={filters}
      exportHref="/app/settings/audit/export"
      defaultHidden={["requestId"]}
    />
  );
}
