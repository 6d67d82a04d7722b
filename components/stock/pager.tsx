import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { cn } from "@/components/ui/cn";

/** Server-rendered page links that keep the other search params. */
export async function Pager({ page, pages, total, href }: { page: number; pages: number; total: number; href: (page: number) => string }) {
  const t = await getTranslations("stock.pager");
  const link = (target: number, label: string, testId: string) => {
    const disabled = target < 1 || target > pages || target === page;
    return disabled ? (
      <span className="rounded-md px-2 py-1 text-slate-400">{label}</span>
    ) : (
      <Link href={href(target)} className={cn("rounded-md px-2 py-1 text-brand-600 hover:bg-slate-100 dark:text-blue-400 dark:hover:bg-slate-800")} data-testid={testId}>
        {label}
      </Link>
    );
  };
  return (
    <nav aria-label={t("label")} className="flex flex-wrap items-center justify-between gap-2 border-t border-slate-200 px-3 py-2 text-sm dark:border-slate-800">
      <span className="text-slate-500">{t("moves", { total })}</span>
      <div className="flex items-center gap-1">
        {link(1, t("first"), "page-first")}
        {link(page - 1, t("previous"), "page-previous")}
        <span className="px-2 text-slate-600 dark:text-slate-300">{t("pageOf", { page, pages })}</span>
        {link(page + 1, t("next"), "page-next")}
        {link(pages, t("last"), "page-last")}
      </div>
    </nav>
  );
}
