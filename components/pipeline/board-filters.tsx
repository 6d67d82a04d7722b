"use client";

import { useMemo } from "react";
import { useTranslations } from "next-intl";
import { FilterBar } from "@/components/data-table/filter-bar";
import type { DataTableFilter } from "@/components/data-table/types";
import { useTableUrl } from "@/components/data-table/use-table-url";
import { RATINGS } from "@/lib/domain/pipeline";

const KEYS = ["owner", "team", "month", "rating"];

type Props = { q: string; values: Record<string, string>; owners: { id: string; name: string }[]; teams: { id: string; name: string }[]; months: string[] };

/** The board's filters: the list's URL keys, so a filtered list and board link to each other. */
export function BoardFilters({ q, values, owners, teams, months }: Props) {
  const t = useTranslations("pipeline");
  const { navigate } = useTableUrl(KEYS);
  const filters = useMemo<DataTableFilter[]>(
    () => [
      { kind: "select", key: "owner", label: t("filters.owner"), options: owners.map((o) => ({ value: o.id, label: o.name })) },
      ...(teams.length > 0 ? [{ kind: "select" as const, key: "team", label: t("filters.team"), options: teams.map((team) => ({ value: team.id, label: team.name })) }] : []),
      { kind: "select", key: "month", label: t("filters.month"), options: months.map((m) => ({ value: m, label: m })) },
      { kind: "select", key: "rating", label: t("filters.rating"), options: RATINGS.map((v) => ({ value: v, label: t(`ratings.${v}`) })) },
    ],
    [t, owners, teams, months],
  );
  return (
    <div className="mb-4">
      <FilterBar q={q} searchLabel={t("searchPlaceholder")} filters={filters} values={values} showClear={q !== "" || Object.values(values).some(Boolean)} onChange={navigate} />
    </div>
  );
}
