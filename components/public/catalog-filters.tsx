import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { inputClass } from "@/components/ui/field";
import type { Locale } from "@/lib/i18n/locales";
import { CATALOG_SORTS, catalogSearchParams, type CatalogQuery } from "@/lib/public-catalog/site/query-catalog";
import { catalogPath } from "@/lib/public-catalog/site/site-urls";
import type { SiteCategory } from "@/lib/public-catalog/site/site-types";
import { categoryName } from "./site-format";

/** Category navigation: the whole tree, the chosen branch marked; search, stock and sort are kept. */
export async function CategoryNav({ categories, query, locale }: { categories: SiteCategory[]; query: CatalogQuery; locale: Locale }) {
  const t = await getTranslations("public");
  const keep = { q: query.q, inStock: query.inStock, sort: query.sort };
  const item = (href: string, label: string, active: boolean, depth: number, count?: number, testId?: string) => (
    <li key={href}>
      <Link
        href={href}
        aria-current={active ? "page" : undefined}
        className={cn("flex items-center justify-between rounded-md px-2 py-1 text-sm hover:bg-slate-100 dark:hover:bg-slate-800", active && "bg-brand-50 font-medium text-brand-700 dark:bg-slate-800 dark:text-white")}
        style={{ paddingLeft: `${0.5 + depth * 0.875}rem` }}
        data-testid={testId}
      >
        <span>{label}</span>
        {count !== undefined && <span className="text-xs text-slate-400">{count}</span>}
      </Link>
    </li>
  );
  return (
    <nav aria-label={t("categories")}>
      <h2 className="mb-2 text-xs font-semibold uppercase tracking-wide text-slate-500">{t("categories")}</h2>
      <ul className="space-y-0.5" data-testid="category-nav">
        {item(catalogPath(locale, catalogSearchParams(keep)), t("allProducts"), query.category === "", 0)}
        {categories.map((c) => item(catalogPath(locale, catalogSearchParams({ ...keep, category: c.slug })), categoryName(c, locale), c.slug === query.category, c.depth + 1, c.productCount, `category-${c.slug}`))}
      </ul>
    </nav>
  );
}

/** Brand, price range, stock and sort: a plain GET form, so it works before (and without) JavaScript. */
export async function CatalogFilters({ query, brands, locale }: { query: CatalogQuery; brands: string[]; locale: Locale }) {
  const t = await getTranslations("public");
  const clear = catalogPath(locale, catalogSearchParams({ q: query.q, category: query.category }));
  return (
    <form action={catalogPath(locale)} method="get" className="space-y-4" data-testid="catalog-filters">
      <h2 className="text-xs font-semibold uppercase tracking-wide text-slate-500">{t("filters")}</h2>
      {query.q && <input type="hidden" name="q" value={query.q} />}
      {query.category && <input type="hidden" name="category" value={query.category} />}
      <div>
        <label htmlFor="filter-brand" className="mb-1 block text-sm font-medium">
          {t("brand")}
        </label>
        <select id="filter-brand" name="brand" defaultValue={query.brand} className={inputClass} data-testid="filter-brand">
          <option value="">{t("anyBrand")}</option>
          {brands.map((b) => (
            <option key={b} value={b}>
              {b}
            </option>
          ))}
        </select>
      </div>
      <fieldset>
        <legend className="mb-1 block text-sm font-medium">{t("price")}</legend>
        <div className="flex items-center gap-2">
          <input name="min" inputMode="decimal" defaultValue={query.min} placeholder={t("priceMin")} aria-label={t("priceMin")} className={inputClass} pattern="\d+(\.\d{1,4})?" data-testid="filter-min" />
          <span aria-hidden>–</span>
          <input name="max" inputMode="decimal" defaultValue={query.max} placeholder={t("priceMax")} aria-label={t("priceMax")} className={inputClass} pattern="\d+(\.\d{1,4})?" data-testid="filter-max" />
        </div>
      </fieldset>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="stock" value="1" defaultChecked={query.inStock} data-testid="filter-stock" />
        {t("inStockOnly")}
      </label>
      <div>
        <label htmlFor="filter-sort" className="mb-1 block text-sm font-medium">
          {t("sort")}
        </label>
        <select id="filter-sort" name="sort" defaultValue={query.sort} className={inputClass} data-testid="filter-sort">
          {CATALOG_SORTS.map((s) => (
            <option key={s} value={s}>
              {t(`sorts.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="flex items-center gap-3">
        <button type="submit" className={buttonClass("primary")} data-testid="filter-apply">
          {t("apply")}
        </button>
        <Link href={clear} className="text-sm text-slate-500 hover:underline">
          {t("clear")}
        </Link>
      </div>
    </form>
  );
}
