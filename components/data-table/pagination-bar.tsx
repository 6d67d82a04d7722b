"use client";

import { useFormatter, useTranslations } from "next-intl";
import { ChevronLeft, ChevronRight, ChevronsLeft, ChevronsRight } from "lucide-react";
import { PAGE_SIZES } from "@/lib/table/params";
import { cn } from "@/components/ui/cn";

type Props = {
  page: number;
  pages: number;
  size: number;
  total: number;
  shown: number;
  canPrevious: boolean;
  canNext: boolean;
  onFirst: () => void;
  onPrevious: () => void;
  onNext: () => void;
  onLast: () => void;
  onSize: (size: number) => void;
};

const iconButton =
  "inline-flex h-8 w-8 items-center justify-center rounded-md border border-slate-300 text-slate-700 hover:bg-slate-50 disabled:cursor-not-allowed disabled:opacity-40 dark:border-slate-700 dark:text-slate-200 dark:hover:bg-slate-800";

/** Range and total, page size, and first/previous/next/last page. */
export function PaginationBar(p: Props) {
  const t = useTranslations("table");
  const format = useFormatter();
  const from = p.total === 0 ? 0 : (p.page - 1) * p.size + 1;
  const to = (p.page - 1) * p.size + p.shown;
  const sizes = (PAGE_SIZES as readonly number[]).includes(p.size) ? PAGE_SIZES : [...PAGE_SIZES, p.size].sort((a, b) => a - b);

  return (
    <nav aria-label={t("pagination")} className="flex flex-wrap items-center justify-between gap-3 border-t border-slate-200 px-3 py-2 text-sm dark:border-slate-800">
      <p className="text-slate-600 dark:text-slate-400" data-testid="table-total" data-total={p.total}>
        {p.total === 0 ? t("total", { total: 0 }) : t("range", { from: format.number(from), to: format.number(to), total: format.number(p.total) })}
      </p>
      <div className="flex flex-wrap items-center gap-3">
        <label className="flex items-center gap-2 text-slate-600 dark:text-slate-400">
          {t("pageSize")}
          <select
            value={p.size}
            onChange={(e) => p.onSize(Number(e.target.value))}
            className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-700 dark:bg-slate-900"
            data-testid="page-size"
          >
            {sizes.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
        <span className="text-slate-600 dark:text-slate-400" data-testid="page-of">
          {t("pageOf", { page: format.number(p.page), pages: format.number(p.pages) })}
        </span>
        <div className="flex gap-1">
          <button type="button" className={iconButton} onClick={p.onFirst} disabled={!p.canPrevious} aria-label={t("firstPage")} title={t("firstPage")}>
            <ChevronsLeft className="h-4 w-4" />
          </button>
          <button type="button" className={iconButton} onClick={p.onPrevious} disabled={!p.canPrevious} aria-label={t("previousPage")} title={t("previousPage")} data-testid="page-previous">
            <ChevronLeft className="h-4 w-4" />
          </button>
          <button type="button" className={iconButton} onClick={p.onNext} disabled={!p.canNext} aria-label={t("nextPage")} title={t("nextPage")} data-testid="page-next">
            <ChevronRight className="h-4 w-4" />
          </button>
          <button type="button" className={cn(iconButton)} onClick={p.onLast} disabled={!p.canNext} aria-label={t("lastPage")} title={t("lastPage")}>
            <ChevronsRight className="h-4 w-4" />
          </button>
        </div>
      </div>
    </nav>
  );
}
