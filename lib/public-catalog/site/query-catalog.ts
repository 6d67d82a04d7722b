// The catalog list's URL contract and its filtering, sorting and paging over the cached index.
// Pure: no I/O, unit tested in site-catalog.test.ts. Lenient like every list here: a bad value
// in a hand-edited link falls back to its default, never an error page.
import { tryParseMoney } from "@/lib/domain/money";
import type { AvailabilityLevel } from "../availability";
import type { SiteCatalogIndex, SiteCategory, SiteProductCard } from "./site-types";

export const CATALOG_SORTS = ["relevance", "newest", "price_asc", "price_desc", "name"] as const;
export type CatalogSort = (typeof CATALOG_SORTS)[number];
export const CATALOG_PAGE_SIZE = 24;

export type CatalogQuery = {
  q: string;
  /** Category slug: the category and everything below it. */
  category: string;
  brand: string;
  /** Price bounds as typed (major units, e.g. "199.5"); "" = none. */
  min: string;
  max: string;
  inStock: boolean;
  sort: CatalogSort;
  page: number;
};

type Params = Record<string, string | string[] | undefined> | URLSearchParams;

function first(input: Params, key: string): string {
  const value = input instanceof URLSearchParams ? input.get(key) : input[key];
  return ((Array.isArray(value) ? value[0] : value) ?? "").trim();
}

const PRICE = /^\d{1,12}(\.\d{1,4})?$/;

export function parseCatalogQuery(input: Params): CatalogQuery {
  const sort = first(input, "sort");
  const page = Number(first(input, "page"));
  const min = first(input, "min");
  const max = first(input, "max");
  return {
    q: first(input, "q").slice(0, 100),
    category: first(input, "category").slice(0, 100),
    brand: first(input, "brand").slice(0, 100),
    min: PRICE.test(min) ? min : "",
    max: PRICE.test(max) ? max : "",
    inStock: first(input, "stock") === "1",
    sort: (CATALOG_SORTS as readonly string[]).includes(sort) ? (sort as CatalogSort) : "relevance",
    page: Number.isInteger(page) && page >= 1 && page <= 100_000 ? page : 1,
  };
}

/** The query as URL search params, defaults left out so links stay short and canonical. */
export function catalogSearchParams(query: Partial<CatalogQuery>): URLSearchParams {
  const out = new URLSearchParams();
  if (query.q) out.set("q", query.q);
  if (query.category) out.set("category", query.category);
  if (query.brand) out.set("brand", query.brand);
  if (query.min) out.set("min", query.min);
  if (query.max) out.set("max", query.max);
  if (query.inStock) out.set("stock", "1");
  if (query.sort && query.sort !== "relevance") out.set("sort", query.sort);
  if (query.page && query.page > 1) out.set("page", String(query.page));
  return out;
}

export type CatalogPage = {
  items: SiteProductCard[];
  total: number;
  page: number;
  pageCount: number;
  /** The selected category, when the slug names one that has public products. */
  category: SiteCategory | null;
  /** Brands among the products of the current category and search (before the brand filter). */
  brands: string[];
};

const fold = (s: string) => s.toLocaleLowerCase("en").normalize("NFKC");

export function queryCatalog(index: SiteCatalogIndex, query: CatalogQuery, locale: string): CatalogPage {
  const category = index.categories.find((c) => c.slug === query.category) ?? null;
  const inCategory = category ? subtreeSlugs(index.categories, category.slug) : null;
  const catNames = new Map(index.categories.map((c) => [c.slug, `${c.names["zh-CN"]} ${c.names.en}`]));
  const terms = fold(query.q).split(/\s+/).filter(Boolean);

  let items = index.products.filter((p) => !inCategory || (p.categorySlug !== null && inCategory.has(p.categorySlug)));
  if (terms.length) {
    items = items.filter((p) => {
      const haystack = fold(`${p.nameZh} ${p.nameEn} ${p.brand} ${p.sku} ${p.categorySlug ? catNames.get(p.categorySlug) : ""}`);
      return terms.every((t) => haystack.includes(t));
    });
  }
  const brands = [...new Set(items.map((p) => p.brand).filter(Boolean))].sort((a, b) => a.localeCompare(b, locale));
  if (query.brand) items = items.filter((p) => p.brand === query.brand);
  if (query.inStock) items = items.filter((p) => isInStock(p.availability));
  if (query.min || query.max) {
    items = items.filter((p) => {
      if (!p.price) return false; // "on request" has no price to compare
      const min = query.min ? tryParseMoney(query.min, p.price.currency, { rounding: "half-up" }) : null;
      const max = query.max ? tryParseMoney(query.max, p.price.currency, { rounding: "half-up" }) : null;
      return (min === null || p.price.amountMinor >= min) && (max === null || p.price.amountMinor <= max);
    });
  }

  const collator = new Intl.Collator(locale);
  const name = (p: SiteProductCard) => (locale === "en" ? p.nameEn : p.nameZh);
  const byName = (a: SiteProductCard, b: SiteProductCard) => collator.compare(name(a), name(b)) || a.slug.localeCompare(b.slug);
  // Unpriced products go last in both price orders.
  const price = (p: SiteProductCard, dir: 1 | -1) => (p.price ? p.price.amountMinor * dir : Number.MAX_SAFE_INTEGER);
  const sorters: Record<CatalogSort, (a: SiteProductCard, b: SiteProductCard) => number> = {
    relevance: terms.length ? (a, b) => relevance(b, terms, locale) - relevance(a, terms, locale) || byName(a, b) : byName,
    name: byName,
    newest: (a, b) => b.publishedAt.localeCompare(a.publishedAt) || byName(a, b),
    price_asc: (a, b) => price(a, 1) - price(b, 1) || byName(a, b),
    price_desc: (a, b) => price(a, -1) - price(b, -1) || byName(a, b),
  };
  items = [...items].sort(sorters[query.sort]);

  const total = items.length;
  const pageCount = Math.max(1, Math.ceil(total / CATALOG_PAGE_SIZE));
  const page = Math.min(query.page, pageCount);
  return { items: items.slice((page - 1) * CATALOG_PAGE_SIZE, page * CATALOG_PAGE_SIZE), total, page, pageCount, category, brands };
}

/** Name hits outrank brand/SKU/category hits; a name that starts with the search ranks first. */
function relevance(p: SiteProductCard, terms: string[], locale: string): number {
  const name = fold(locale === "en" ? p.nameEn : p.nameZh);
  const other = fold(locale === "en" ? p.nameZh : p.nameEn);
  let score = 0;
  for (const t of terms) score += name.includes(t) ? 3 : other.includes(t) ? 2 : 1;
  if (name.startsWith(terms[0])) score += 2;
  return score;
}

export function subtreeSlugs(categories: readonly SiteCategory[], slug: string): Set<string> {
  const out = new Set<string>([slug]);
  // Categories come in tree order (parents first), so one pass collects the whole subtree.
  for (const c of categories) if (c.parentSlug !== null && out.has(c.parentSlug)) out.add(c.slug);
  return out;
}

/** The category and its ancestors, root first (breadcrumbs). */
export function categoryPath(categories: readonly SiteCategory[], slug: string | null): SiteCategory[] {
  const bySlug = new Map(categories.map((c) => [c.slug, c]));
  const path: SiteCategory[] = [];
  for (let at = slug ? bySlug.get(slug) : undefined; at && !path.includes(at); at = at.parentSlug ? bySlug.get(at.parentSlug) : undefined) path.unshift(at);
  return path;
}

/** Can be ordered now from stock (what the "in stock" filter means). */
export function isInStock(level: AvailabilityLevel): boolean {
  return level === "in_stock" || level === "low";
}
