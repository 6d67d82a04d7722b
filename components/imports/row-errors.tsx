"use client";

import { useTranslations } from "next-intl";
import type { ImportBatchRowError } from "@/lib/actions/imports";

/** Shown at most this many; the count above the table says how many there are in all. */
export const MAX_SHOWN_ERRORS = 500;

/** Row-level problems: row number, the file's column, the translated message. */
export function RowErrors({ errors, total }: { errors: ImportBatchRowError[]; total: number }) {
  const t = useTranslations("imports");
  if (total === 0) return null;
  return (
    <div className="space-y-2" data-testid="import-errors">
      <p className="text-sm font-medium text-red-700 dark:text-red-300">{t("errorCount", { count: total })}</p>
      <div className="max-h-96 overflow-auto rounded-md border border-slate-200 dark:border-slate-800">
        <table className="w-full text-left text-sm">
          <thead className="sticky top-0 bg-slate-50 text-xs uppercase text-slate-500 dark:bg-slate-900">
            <tr>
              <th className="px-3 py-2">{t("errorRow")}</th>
              <th className="px-3 py-2">{t("errorColumn")}</th>
              <th className="px-3 py-2">{t("errorMessage")}</th>
            </tr>
          </thead>
          <tbody>
            {errors.map((e, i) => (
              <tr key={`${e.row}-${e.column}-${i}`} className="border-t border-slate-100 dark:border-slate-800" data-testid="import-error-row">
                <td className="px-3 py-1.5 tabular-nums">{e.row}</td>
                <td className="px-3 py-1.5 font-mono text-xs">{e.column || "—"}</td>
                <td className="px-3 py-1.5">{e.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {total > errors.length && <p className="text-xs text-slate-500">{t("moreErrors", { shown: errors.length, count: total })}</p>}
    </div>
  );
}
