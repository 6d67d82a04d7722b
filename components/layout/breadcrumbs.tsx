import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ChevronRight } from "lucide-react";

export type Crumb = { label: string; href?: string };

/** Where the page sits; each page names its own trail so record names show too. */
export async function Breadcrumbs({ items }: { items: Crumb[] }) {
  const t = await getTranslations("shell");
  return (
    <nav aria-label={t("breadcrumb")} className="mb-3 text-sm text-slate-500">
      <ol className="flex flex-wrap items-center gap-1">
        <li>
          <Link href="/app" className="hover:text-slate-800 dark:hover:text-slate-200">
            {t("nav.home")}
          </Link>
        </li>
        {items.map((item, i) => (
          <li key={i} className="flex items-center gap-1">
            <ChevronRight className="h-3.5 w-3.5" aria-hidden />
            {item.href && i < items.length - 1 ? (
              <Link href={item.href} className="hover:text-slate-800 dark:hover:text-slate-200">
                {item.label}
              </Link>
            ) : (
              <span aria-current={i === items.length - 1 ? "page" : undefined} className="text-slate-700 dark:text-slate-300">
                {item.label}
              </span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
