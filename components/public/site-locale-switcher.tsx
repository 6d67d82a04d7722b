"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { cn } from "@/components/ui/cn";
import { SITE_LOCALES, switchLocalePath } from "@/lib/public-catalog/site/site-urls";

/**
 * Links to the same page in each language. Plain <a>, not <Link>: the language is in the path and
 * the root layout (html lang, the messages given to client components) must render again.
 */
export function SiteLocaleSwitcher() {
  const t = useTranslations();
  const locale = useLocale();
  const pathname = usePathname();
  const search = useSearchParams().toString();
  return (
    <nav aria-label={t("public.language")} className="flex items-center gap-1 text-sm" data-testid="site-locale-switcher">
      {SITE_LOCALES.map((l) => (
        <a
          key={l}
          href={`${switchLocalePath(pathname, l)}${search ? `?${search}` : ""}`}
          hrefLang={l}
          lang={l}
          aria-current={l === locale ? "true" : undefined}
          className={cn("rounded-md px-2 py-1", l === locale ? "bg-slate-100 font-medium dark:bg-slate-800" : "text-slate-500 hover:text-slate-900 dark:hover:text-white")}
          data-testid={`site-locale-${l}`}
        >
          {t(`common.locales.${l}`)}
        </a>
      ))}
    </nav>
  );
}
