import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";
import type { PublicProduct } from "@/lib/public-catalog/schema";
import { cachedSiteCompany, cachedSiteProduct } from "@/lib/public-catalog/site/cached-catalog";
import { jsonLdScript, productJsonLd } from "@/lib/public-catalog/site/product-json-ld";
import { catalogSearchParams } from "@/lib/public-catalog/site/query-catalog";
import { catalogPath, productPath, siteUrl } from "@/lib/public-catalog/site/site-urls";
import { AvailabilityBadge } from "./availability-badge";
import { PriceTag } from "./price-tag";
import { ProductBuy } from "./product-buy";
import type { PublicProductView } from "./product-configurator";
import { ProductGallery } from "./product-gallery";
import { SiteBreadcrumbs } from "./site-breadcrumbs";
import { SiteHeader } from "./site-header";

type Params = Promise<{ slug: string }>;

async function load(params: Params, locale: Locale): Promise<PublicProduct | null> {
  const { slug } = await params;
  // Slugs are short words; anything longer cannot be a product (and is not worth a cache key).
  if (slug.length > 200) return null;
  return cachedSiteProduct(decodeURIComponent(slug), locale);
}

const summary = (text: string) => (text.length > 160 ? `${text.slice(0, 157)}…` : text);

export async function productMetadata(locale: Locale, params: Params): Promise<Metadata> {
  const product = await load(params, locale);
  if (!product) return { title: { absolute: (await getTranslations({ locale, namespace: "public" }))("notFoundTitle") }, robots: { index: false } };
  const company = await cachedSiteCompany();
  const image = product.images[0];
  const alternate = (l: Locale) => siteUrl(productPath(l, product.slug));
  return {
    title: { absolute: `${product.name} · ${company.name}` },
    description: summary(product.description),
    alternates: { canonical: product.url, languages: { "zh-CN": alternate("zh-CN"), en: alternate("en"), "x-default": alternate("zh-CN") } },
    openGraph: {
      type: "website",
      siteName: company.name,
      title: product.name,
      description: summary(product.description),
      url: product.url,
      locale: locale === "en" ? "en_US" : "zh_CN",
      alternateLocale: locale === "en" ? "zh_CN" : "en_US",
      images: image ? [{ url: image.url, width: image.width, height: image.height, alt: image.alt }] : undefined,
    },
    other: product.price ? { "product:price:amount": product.price.amount, "product:price:currency": product.price.currency } : undefined,
  };
}

export async function ProductPage({ locale, params }: { locale: Locale; params: Params }) {
  const product = await load(params, locale);
  if (!product) notFound();
  const [t, company] = await Promise.all([getTranslations({ locale, namespace: "public" }), cachedSiteCompany()]);
  const { name, description } = product;
  // Only what the configurator needs goes to the browser.
  const view: PublicProductView = { kind: product.kind, price: product.price, variesBy: product.variesBy, variants: product.variants, options: product.options };
  const details: [string, string | null][] = [
    [t("sku"), product.sku],
    [t("brand"), product.brand || null],
    [t("gtin"), product.gtin],
    [t("mpn"), product.mpn],
    [t("unit"), product.uom],
  ];

  return (
    <>
      <SiteHeader locale={locale} companyName={company.name} />
      <main className="mx-auto max-w-7xl px-4 py-6" data-testid="product-page" data-slug={product.slug}>
        <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdScript(productJsonLd(product)) }} />
        <SiteBreadcrumbs
          items={[
            { label: t("home"), href: catalogPath(locale) },
            ...(product.category?.path ?? []).map((c) => ({ label: c.name, href: catalogPath(locale, catalogSearchParams({ category: c.slug })) })),
            { label: name },
          ]}
        />
        <div className="grid gap-10 lg:grid-cols-2">
          <ProductGallery images={product.images} name={name} />
          <div className="space-y-6">
            <div className="space-y-2">
              {product.brand && <p className="text-sm uppercase tracking-wide text-slate-500">{product.brand}</p>}
              <h1 className="text-2xl font-semibold sm:text-3xl" data-testid="product-name">
                {name}
              </h1>
              <div className="flex flex-wrap items-center gap-3">
                <PriceTag price={product.price} from={product.kind === "group" && new Set(product.variants.map((v) => v.price?.amountMinor)).size > 1} large />
                <AvailabilityBadge level={product.availability} />
              </div>
            </div>
            <ProductBuy product={view} slug={product.slug} locale={locale} />
          </div>
        </div>
        <div className="mt-12 grid gap-10 lg:grid-cols-[2fr_1fr]">
          {description && (
            <section>
              <h2 className="mb-3 text-lg font-semibold">{t("description")}</h2>
              <p className="whitespace-pre-line leading-relaxed text-slate-700 dark:text-slate-300" data-testid="product-description">
                {description}
              </p>
            </section>
          )}
          <section>
            <h2 className="mb-3 text-lg font-semibold">{t("details")}</h2>
            <dl className="divide-y divide-slate-200 rounded-xl border border-slate-200 text-sm dark:divide-slate-800 dark:border-slate-800">
              {details
                .filter((d): d is [string, string] => d[1] !== null && d[1] !== "")
                .map(([label, value]) => (
                  <div key={label} className="flex justify-between gap-4 px-4 py-2">
                    <dt className="text-slate-500">{label}</dt>
                    <dd className="font-medium">{value}</dd>
                  </div>
                ))}
            </dl>
          </section>
        </div>
      </main>
    </>
  );
}
