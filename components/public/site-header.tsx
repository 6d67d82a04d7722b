import Link from "next/link";
import { Search, Store } from "lucide-react";
import { Suspense } from "react";
import { getTranslations } from "next-intl/server";
import { inputClass } from "@/components/ui/field";
import type { Locale } from "@/lib/i18n/locales";
import { catalogPath } from "@/lib/public-catalog/site/site-urls";
import { SiteLocaleSwitcher } from "./site-locale-switcher";

export async function SiteHeader({ locale, companyName, q = "" }: { locale: Locale; companyName: string; q?: string }) {
  const t = await getTranslations("public");
  return (
    <header className="border-b border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-3 px-4 py-3">
        <Link href={catalogPath(locale)} className="flex items-center gap-2 font-semibold" data-testid="site-home">
          <Store className="h-6 w-6 text-brand-600" aria-hidden />
          <span>{companyName}</span>
          <span className="hidden text-sm font-normal text-slate-500 sm:inline">· {t("siteName")}</span>
        </Link>
        <form action={catalogPath(locale)} method="get" role="search" className="order-last flex w-full min-w-0 flex-1 items-center gap-2 sm:order-none sm:w-auto">
          <label className="sr-only" htmlFor="site-search">
            {t("search")}
          </label>
          <input id="site-search" name="q" type="search" defaultValue={q} maxLength={100} placeholder={t("searchPlaceholder")} className={inputClass} data-testid="site-search" />
          <button type="submit" className="rounded-md bg-brand-600 p-2 text-white hover:bg-brand-700" aria-label={t("search")}>
            <Search className="h-4 w-4" aria-hidden />
          </button>
        </form>
        <div className="ml-auto flex items-center gap-3">
          {/* useSearchParams needs a Suspense boundary of its own. */}
          <Suspense>
            <SiteLocaleSwitcher />
          </Suspense>
        </div>
      </div>
    </header>
  );
}
