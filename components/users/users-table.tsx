"use client";

import { useMemo } from "react";
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { DataTable } from "@/components/data-table/data-table";
import { dataTableColumns } from "@/components/data-table/features";
import type { DataTableFilter, DataTableState } from "@/components/data-table/types";
import { Badge } from "@/components/ui/card";
import { ROLES } from "@/lib/auth/roles";
import type { UserListRow } from "@/lib/settings/users/find-users";

const helper = dataTableColumns<UserListRow>();
const rowId = (row: UserListRow) => row.id;

export function UsersTable({ rows, total, state, teams, actorId }: { rows: UserListRow[]; total: number; state: DataTableState; teams: { id: string; name: string }[]; actorId: string }) {
  const t = useTranslations("users");
  const tc = useTranslations("common");
  const format = useFormatter();

  const columns = useMemo(() => {
    const when = (d: Date | null) => (d ? <time dateTime={new Date(d).toISOString()}>{format.dateTime(new Date(d), { dateStyle: "medium", timeStyle: "short" })}</time> : <span className="text-slate-400">{t("never")}</span>);
    return helper.columns([
      helper.accessor("name", {
        header: t("columns.name"),
        meta: { label: t("columns.name") },
        enableHiding: false,
        cell: (info) => (
          <Link href={`/app/settings/users/${info.row.original.id}`} className="font-medium text-brand-600 hover:underline dark:text-blue-400">
            {info.getValue()}
            {info.row.original.id === actorId && <span className="ml-1 text-xs text-slate-500">({t("you")})</span>}
          </Link>
        ),
      }),
      helper.accessor("email", { header: t("columns.email"), meta: { label: t("columns.email") } }),
      helper.accessor("role", {
        header: t("columns.role"),
        meta: { label: t("columns.role") },
        cell: (info) => tc(`roles.${info.getValue() as (typeof ROLES)[number]}`),
      }),
      helper.accessor((row) => row.team?.name ?? null, {
        id: "team",
        header: t("columns.team"),
        meta: { label: t("columns.team") },
        enableSorting: false,
        cell: (info) => info.getValue() ?? <span className="text-slate-400">{t("noTeam")}</span>,
      }),
      helper.accessor("locale", {
        header: t("columns.locale"),
        meta: { label: t("columns.locale") },
        cell: (info) => tc(`locales.${info.getValue() === "en" ? "en" : "zh-CN"}`),
      }),
      helper.accessor("active", {
        header: t("columns.status"),
        meta: { label: t("columns.status") },
        cell: (info) => (info.getValue() ? <Badge tone="green">{t("active")}</Badge> : <Badge tone="red">{t("inactive")}</Badge>),
      }),
      helper.accessor("lastLoginAt", { header: t("columns.lastLoginAt"), meta: { label: t("columns.lastLoginAt") }, sortDescFirst: true, cell: (info) => when(info.getValue()) }),
      helper.accessor("createdAt", { header: t("columns.createdAt"), meta: { label: t("columns.createdAt") }, sortDescFirst: true, cell: (info) => when(info.getValue()) }),
    ]);
  }, [t, tc, format, actorId]);

  const filters = useMemo<DataTableFilter[]>(
    () => [
      { kind: "select", key: "role", label: t("filters.role"), options: ROLES.map((r) => ({ value: r, label: tc(`roles.${r}`) })) },
      { kind: "select", key: "team", label: t("filters.team"), options: [{ value: "none", label: t("noTeam") }, ...teams.map((team) => ({ value: team.id, label: team.name }))] },
      {
        kind: "select",
        key: "status",
        label: t("filters.status"),
        options: [
          { value: "active", label: t("active") },
          { value: "inactive", label: t("inactive") },
        ],
      },
    ],
    [t, tc, teams],
  );

  return (
    <DataTable
      tableId="users"
      columns={columns}
      rows={rows}
      total={total}
      state={state}
      getRowId={rowId}
      searchLabel={t("searchPlaceholder")}
      filters={filters}
      exportHref="/app/settings/users/export"
      defaultHidden={["createdAt"]}
    />
  );
}
