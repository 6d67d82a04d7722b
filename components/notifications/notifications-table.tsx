"use client";

import { useMemo } from "react";
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { DataTable } from "@/components/data-table/data-table";
import { dataTableColumns } from "@/components/data-table/features";
import type { DataTableFilter, DataTableState } from "@/components/data-table/types";
import { Badge } from "@/components/ui/card";
import type { NotificationRow } from "@/lib/notifications/find-notifications";
import { MarkReadButton } from "./mark-all-read-button";

const helper = dataTableColumns<NotificationRow>();
const rowId = (row: NotificationRow) => row.id;

export function NotificationsTable({ rows, total, state, kinds }: { rows: NotificationRow[]; total: number; state: DataTableState; kinds: string[] }) {
  const t = useTranslations("notifications");
  const format = useFormatter();

  const columns = useMemo(
    () =>
      helper.columns([
        helper.accessor("text", {
          header: t("columns.message"),
          meta: { label: t("columns.message") },
          enableSorting: false,
          enableHiding: false,
          cell: (info) => {
            const n = info.row.original;
            const text = <span className={n.read ? "" : "font-medium"}>{info.getValue()}</span>;
            return n.link ? (
              <Link href={n.link} className="text-brand-600 hover:underline dark:text-blue-400" data-testid="notification-row-link">
                {text}
              </Link>
            ) : (
              text
            );
          },
        }),
        helper.accessor("kind", { header: t("columns.kind"), meta: { label: t("columns.kind") }, enableSorting: false, cell: (info) => kindLabel(t, info.getValue()) }),
        helper.accessor("createdAt", {
          header: t("columns.createdAt"),
          meta: { label: t("columns.createdAt") },
          sortDescFirst: true,
          cell: (info) => format.dateTime(new Date(info.getValue()), { dateStyle: "medium", timeStyle: "short" }),
        }),
        helper.accessor("read", {
          header: t("columns.state"),
          meta: { label: t("columns.state") },
          enableSorting: false,
          cell: (info) =>
            info.getValue() ? (
              <Badge>{t("states.read")}</Badge>
            ) : (
              <span className="flex items-center gap-2">
                <Badge tone="blue">{t("states.unread")}</Badge>
                <MarkReadButton id={info.row.original.id} />
              </span>
            ),
        }),
      ]),
    [t, format],
  );

  const filters = useMemo<DataTableFilter[]>(
    () => [
      { kind: "select", key: "state", label: t("columns.state"), options: (["unread", "read"] as const).map((v) => ({ value: v, label: t(`states.${v}`) })) },
      { kind: "select", key: "kind", label: t("columns.kind"), options: kinds.map((k) => ({ value: k, label: kindLabel(t, k) })) },
    ],
    [t, kinds],
  );

  return <DataTable tableId="notifications" columns={columns} rows={rows} total={total} state={state} getRowId={rowId} searchLabel={t("searchPlaceholder")} filters={filters} />;
}

function kindLabel(t: ReturnType<typeof useTranslations<"notifications">>, kind: string): string {
  const key = `kinds.${kind}` as "kinds.activity_due";
  return t.has(key) ? t(key) : kind;
}
