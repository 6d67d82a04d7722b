import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { isLocale } from "@/lib/i18n/locales";
import { catalogPath } from "@/lib/public-catalog/site/site-urls";

/** A product that is not (or no longer) public: a 404 that leads back into the catalog. */
export async function ProductNotFound() {
  const t = await getTranslations("public");
  const locale = await getLocale();
  return (
    <main className="mx-auto max-w-xl px-4 py-24 text-center" data-testid="product-not-found">
      <h1 className="text-2xl font-semibold">{t("notFoundTitle")}</h1>
      <p className="mt-2 text-slate-500">{t("notFoundBody")}</p>
      <Link href={catalogPath(isLocale(locale) ? locale : "zh-CN")} className={buttonClass("primary", "mt-6")}>
        {t("backToCatalog")}
      </Link>
    </main>
  );
}
