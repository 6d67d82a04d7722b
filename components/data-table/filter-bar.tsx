"use client";

import { useCallback } from "react";
import { useTranslations } from "next-intl";
import { X } from "lucide-react";
import { SearchBox } from "./search-box";
import type { DataTableFilter } from "./types";

const control =
  "rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100";

/** Search box and per-table filters; each change becomes a URL patch. */
export function FilterBar({
  q,
  searchLabel,
  filters,
  values,
  showClear,
  onChange,
}: {
  q: string;
  searchLabel: string;
  filters: DataTableFilter[];
  values: Record<string, string>;
  showClear: boolean;
  onChange: (patch: Record<string, string | null>) => void;
}) {
  const t = useTranslations("table");
  const onSearch = useCallback((value: string) => onChange({ q: value || null }), [onChange]);

  return (
    <div className="flex flex-1 flex-wrap items-end gap-2">
      <SearchBox value={q} label={searchLabel} onSearch={onSearch} />
      {filters.map((f) => (
        <label key={f.key} className="flex flex-col gap-0.5 text-xs text-slate-500">
          {f.label}
          {f.kind === "select" ? (
            <select className={control} value={values[f.key] ?? ""} onChange={(e) => onChange({ [f.key]: e.target.value || null })} data-testid={`filter-${f.key}`}>
              <option value="">{t("all")}</option>
              {f.options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          ) : (
            <input type="date" className={control} value={values[f.key] ?? ""} onChange={(e) => onChange({ [f.key]: e.target.value || null })} data-testid={`filter-${f.key}`} />
          )}
        </label>
      ))}
      {showClear && (
        <button
          type="button"
          onClick={() => onChange(Object.fromEntries(["q", ...filters.map((f) => f.key)].map((k) => [k, null])))}
          className="inline-flex items-center gap-1 rounded-md px-2 py-1.5 text-sm text-slate-600 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800"
          data-testid="clear-filters"
        >
          <X className="h-4 w-4" aria-hidden />
          {t("clearFilters")}
        </button>
      )}
    </div>
  );
}
