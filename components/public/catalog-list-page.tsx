import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import type { Locale } from "@/lib/i18n/locales";
import { cachedCatalogIndex, cachedSiteCompany } from "@/lib/public-catalog/site/cached-catalog";
import { catalogSearchParams, categoryPath, parseCatalogQuery, queryCatalog, type CatalogQuery } from "@/lib/public-catalog/site/query-catalog";
import { catalogPath, siteUrl } from "@/lib/public-catalog/site/site-urls";
import { CatalogFilters, CategoryNav } from "./catalog-filters";
import { ProductCard } from "./product-card";
import { SiteBreadcrumbs } from "./site-breadcrumbs";
import { SiteHeader } from "./site-header";
import { categoryName } from "./site-format";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** Canonical and hreflang links of a list page: category and page only (filters are not separate pages). */
function listAlternates(query: CatalogQuery) {
  const own = catalogSearchParams({ category: query.category, page: query.page });
  return {
    canonical: (l: Locale) => siteUrl(catalogPath(l, own)),
    languages: { "zh-CN": siteUrl(catalogPath("zh-CN", own)), en: siteUrl(catalogPath("en", own)), "x-default": siteUrl(catalogPath("zh-CN", own)) },
  };
}

export async function catalogListMetadata(locale: Locale, searchParams: SearchParams): Promise<Metadata> {
  const query = parseCatalogQuery(await searchParams);
  const [t, index, company] = await Promise.all([getTranslations({ locale, namespace: "public" }), cachedCatalogIndex(), cachedSiteCompany()]);
  const category = index.categories.find((c) => c.slug === query.category);
  const title = category ? categoryName(category, locale) : t("allProducts");
  const alternates = listAlternates(query);
  // Search results and filtered lists are not pages of their own for search engines.
  const filtered = Boolean(query.q || query.brand || query.min || query.max || query.inStock || query.sort !== "relevance");
  return {
    title: { absolute: `${title} · ${company.name}` },
    description: t("metaDescription", { company: company.name }),
    alternates: { canonical: alternates.canonical(locale), languages: alternates.languages },
    robots: filtered || (query.category && !category) ? { index: false, follow: true } : undefined,
    openGraph: { type: "website", siteName: company.name, title, url: alternates.canonical(locale), locale: locale === "en" ? "en_US" : "zh_CN" },
  };
}

export async function CatalogListPage({ locale, searchParams }: { locale: Locale; searchParams: SearchParams }) {
  const query = parseCatalogQuery(await searchParams);
  const [t, index, company] = await Promise.all([getTranslations({ locale, namespace: "public" }), cachedCatalogIndex(), cachedSiteCompany()]);
  const result = queryCatalog(index, query, locale);
  const path = result.category ? categoryPath(index.categories, result.category.slug) : [];
  const pageHref = (page: number) => catalogPath(locale, catalogSearchParams({ ...query, page }));

  return (
    <>
      <SiteHeader locale={locale} companyName={company.name} q={query.q} />
      <main className="mx-auto max-w-7xl px-4 py-6">
        <SiteBreadcrumbs
          items={[
            { label: t("home"), href: path.length || query.q ? catalogPath(locale) : undefined },
            ...path.map((c, i) => ({ label: categoryName(c, locale), href: i < path.length - 1 ? catalogPath(locale, catalogSearchParams({ category: c.slug })) : undefined })),
          ]}
        />
        <div className="grid gap-8 lg:grid-cols-[16rem_1fr]">
          <aside className="space-y-8">
            <CategoryNav categories={index.categories} query={query} locale={locale} />
            <CatalogFilters query={query} brands={result.brands} locale={locale} />
          </aside>
          <section aria-labelledby="catalog-title">
            <div className="mb-4 flex flex-wrap items-baseline justify-between gap-2">
              <h1 id="catalog-title" className="text-2xl font-semibold">
                {result.category ? categoryName(result.category, locale) : t("allProducts")}
              </h1>
              <p className="text-sm text-slate-500" data-testid="catalog-count">
                {t("results", { count: result.total })}
              </p>
            </div>
            {result.items.length === 0 ? (
              <p className="rounded-xl border border-dashed border-slate-300 p-10 text-center text-slate-500 dark:border-slate-700" data-testid="catalog-empty">
                {t("noResults")}
              </p>
            ) : (
              <ul className="grid grid-cols-2 gap-4 md:grid-cols-3 xl:grid-cols-4" data-testid="catalog-grid">
                {result.items.map((p) => (
                  <ProductCard key={p.slug} product={p} locale={locale} />
                ))}
              </ul>
            )}
            {result.pageCount > 1 && (
              <nav className="mt-8 flex items-center justify-between" aria-label={t("page", { page: result.page, pages: result.pageCount })}>
                {result.page > 1 ? (
                  <Link href={pageHref(result.page - 1)} rel="prev" className={buttonClass("secondary")} data-testid="page-prev">
                    {t("previous")}
                  </Link>
                ) : (
                  <span />
                )}
                <span className="text-sm text-slate-500">{t("page", { page: result.page, pages: result.pageCount })}</span>
                {result.page < result.pageCount ? (
                  <Link href={pageHref(result.page + 1)} rel="next" className={buttonClass("secondary")} data-testid="page-next">
                    {t("next")}
                  </Link>
                ) : (
                  <span />
                )}
              </nav>
            )}
          </section>
        </div>
      </main>
    </>
  );
}
