import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { isLocale } from "@/lib/i18n/locales";
import { cachedSiteCompany } from "@/lib/public-catalog/site/cached-catalog";

// The public catalog: no staff shell and no sign-in. Its language comes from the path (the proxy
// tells the root layout), so /catalog is Chinese and /en/catalog English for every visitor.
export default async function PublicLayout({ children }: { children: React.ReactNode }) {
  const locale = await getLocale();
  const t = await getTranslations("public");
  const company = await cachedSiteCompany();
  return (
    <div className="flex min-h-screen flex-col bg-white dark:bg-slate-950" lang={isLocale(locale) ? locale : undefined}>
      <div className="flex-1">{children}</div>
      <footer className="border-t border-slate-200 bg-slate-50 text-sm text-slate-500 dark:border-slate-800 dark:bg-slate-900">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-3 px-4 py-6">
          <div>
            <p className="font-medium text-slate-700 dark:text-slate-300">{company.name}</p>
            <p>{[company.phone, company.email].filter(Boolean).join(" · ")}</p>
            <p className="mt-1 text-xs">{t("footer")}</p>
          </div>
          <Link href="/login" className="text-xs hover:underline" rel="nofollow">
            {t("staffSignIn")}
          </Link>
        </div>
      </footer>
    </div>
  );
}
