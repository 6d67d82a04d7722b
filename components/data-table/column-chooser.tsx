"use client";

import { useTranslations } from "next-intl";
import { Columns3 } from "lucide-react";
import { buttonClass } from "@/components/ui/button";

export type ChooserColumn = { id: string; label: string; visible: boolean; canHide: boolean; toggle: (visible: boolean) => void };

/** Show or hide columns; the choice is remembered in this browser (see use-column-visibility). */
export function ColumnChooser({ columns, onShowAll }: { columns: ChooserColumn[]; onShowAll: () => void }) {
  const t = useTranslations("table");
  return (
    <details className="relative" data-testid="column-chooser">
      <summary className={buttonClass("secondary", "cursor-pointer list-none py-1.5")}>
        <Columns3 className="h-4 w-4" aria-hidden />
        {t("columns")}
      </summary>
      <div className="absolute right-0 z-20 mt-1 w-56 rounded-lg border border-slate-200 bg-white p-2 shadow-lg dark:border-slate-700 dark:bg-slate-900">
        <ul className="space-y-0.5">
          {columns.map((c) => (
            <li key={c.id}>
              <label className="flex items-center gap-2 rounded px-2 py-1 text-sm hover:bg-slate-50 dark:hover:bg-slate-800">
                <input
                  type="checkbox"
                  checked={c.visible}
                  disabled={!c.canHide}
                  onChange={(e) => c.toggle(e.target.checked)}
                  data-testid={`column-toggle-${c.id}`}
                />
                {c.label}
              </label>
            </li>
          ))}
        </ul>
        <button type="button" onClick={onShowAll} className="mt-1 w-full rounded px-2 py-1 text-left text-xs text-brand-600 hover:bg-slate-50 dark:text-blue-400 dark:hover:bg-slate-800">
          {t("showAllColumns")}
        </button>
      </div>
    </details>
  );
}
