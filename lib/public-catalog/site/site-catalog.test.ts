import { describe, expect, it } from "vitest";
import { formatMoney } from "@/lib/domain/money";
import type { PublicPrice, PublicProduct } from "../schema";
import { productJsonLd, jsonLdScript } from "./product-json-ld";
import { catalogSearchParams, categoryPath, parseCatalogQuery, queryCatalog, CATALOG_PAGE_SIZE } from "./query-catalog";
import { siteMapEntries } from "./site-map";
import { publicPathLocale, switchLocalePath, productPath } from "./site-urls";
import type { SiteCatalogIndex, SiteCategory, SiteProductCard } from "./site-types";

const cny = (minor: number): PublicPrice => ({ amount: formatMoney(minor, "CNY"), amountMinor: minor, currency: "CNY", taxInclusive: false });
const cat = (slug: string, parentSlug: string | null, depth: number): SiteCategory => ({ slug, parentSlug, names: { "zh-CN": `类${slug}`, en: `Cat ${slug}` }, depth, productCount: 1 });
const card = (n: number, over: Partial<SiteProductCard> = {}): SiteProductCard => ({
  slug: `p${n}`,
  sku: `SKU-${n}`,
  nameZh: `产品${n}`,
  nameEn: `Product ${String(n).padStart(3, "0")}`,
  brand: n % 2 ? "Acme" : "Bolt",
  categorySlug: n % 3 === 0 ? "b" : "a",
  kind: "simple",
  price: cny(n * 100),
  priceFrom: false,
  availability: n % 4 === 0 ? "out" : "in_stock",
  image: null,
  publishedAt: new Date(Date.UTC(2026, 0, n)).toISOString(),
  updatedAt: new Date(Date.UTC(2026, 1, n)).toISOString(),
  ...over,
});
const index: SiteCatalogIndex = {
  categories: [cat("root", null, 0), cat("a", "root", 1), cat("b", "root", 1)],
  products: [...Array.from({ length: 30 }, (_, i) => card(i + 1)), card(99, { price: null, nameEn: "Widget on request", brand: "Acme" })],
};

describe("parseCatalogQuery", () => {
  it("is lenient: bad values fall back to defaults", () => {
    const q = parseCatalogQuery({ page: "-2", sort: "cost", min: "1e9", max: "12.5", stock: "yes", q: "x".repeat(300) });
    expect(q).toMatchObject({ page: 1, sort: "relevance", min: "", max: "12.5", inStock: false });
    expect(q.q).toHaveLength(100);
  });
  it("round-trips through the URL without defaults", () => {
    const q = parseCatalogQuery({ category: "a", brand: "Acme", min: "1", stock: "1", sort: "price_desc", page: "2" });
    expect(parseCatalogQuery(catalogSearchParams(q))).toEqual(q);
    expect(catalogSearchParams(parseCatalogQuery({})).toString()).toBe("");
  });
});

describe("queryCatalog", () => {
  const run = (params: Record<string, string>, locale = "en") => queryCatalog(index, parseCatalogQuery(params), locale);

  it("pages", () => {
    const first = run({});
    expect(first.total).toBe(31);
    expect(first.items).toHaveLength(CATALOG_PAGE_SIZE);
    expect(first.pageCount).toBe(2);
    expect(run({ page: "9" }).page).toBe(2); // past the end: the last page
  });
  it("filters by category subtree, brand, stock and price; searches names, brand and SKU", () => {
    expect(run({ category: "root" }).total).toBe(31);
    expect(run({ category: "b" }).items.every((p) => p.categorySlug === "b")).toBe(true);
    expect(run({ brand: "Bolt" }).items.every((p) => p.brand === "Bolt")).toBe(true);
    expect(run({ stock: "1" }).items.some((p) => p.availability === "out")).toBe(false);
    const priced = run({ min: "5", max: "10" });
    expect(priced.items.map((p) => p.price?.amountMinor)).toEqual([500, 600, 700, 800, 900, 1000]);
    expect(run({ q: "sku-12" }).items.map((p) => p.slug)).toEqual(["p12"]);
    expect(run({ q: "产品7" }, "zh-CN").items.map((p) => p.slug)).toEqual(["p7"]);
    expect(run({ q: "acme widget" }).items.map((p) => p.slug)).toEqual(["p99"]);
  });
  it("sorts by price both ways with unpriced products last, and by newest", () => {
    expect(run({ sort: "price_asc" }).items[0].slug).toBe("p1");
    const desc = run({ sort: "price_desc", page: "2" });
    expect(desc.items.at(-1)?.slug).toBe("p99");
    expect(run({ sort: "newest" }).items.slice(0, 2).map((p) => p.slug)).toEqual(["p99", "p30"]);
  });
  it("lists the brands of the current category and search", () => {
    expect(run({}).brands).toEqual(["Acme", "Bolt"]);
    expect(run({ q: "widget" }).brands).toEqual(["Acme"]);
  });
  it("finds a category's path", () => {
    expect(categoryPath(index.categories, "b").map((c) => c.slug)).toEqual(["root", "b"]);
  });
});

describe("site URLs", () => {
  it("puts the language in the path", () => {
    expect(publicPathLocale("/catalog")).toBe("zh-CN");
    expect(publicPathLocale("/en/catalog/x")).toBe("en");
    expect(publicPathLocale("/catalogue")).toBeNull();
    expect(publicPathLocale("/app/catalog")).toBeNull();
    expect(switchLocalePath("/catalog/x", "en")).toBe("/en/catalog/x");
    expect(switchLocalePath("/en/catalog/x", "zh-CN")).toBe("/catalog/x");
    expect(productPath("en", "a b")).toBe("/en/catalog/a%20b");
  });
});

const image = { url: "https://shop.example/files/products/p-1-1600.webp", thumbnailUrl: "https://shop.example/files/products/p-1-400.webp", width: 1600, height: 1600, alt: "Shoe" };
const product: PublicProduct = {
  sku: "SHO-1",
  slug: "shoe",
  url: "https://shop.example/en/catalog/shoe",
  kind: "group",
  locale: "en",
  name: "Shoe",
  description: "A shoe </script><script>alert(1)</script>",
  names: { "zh-CN": "鞋", en: "Shoe" },
  descriptions: { "zh-CN": "鞋", en: "A shoe" },
  category: { slug: "shoes", name: "Shoes", path: [{ slug: "safety", name: "Safety" }, { slug: "shoes", name: "Shoes" }], pathText: "Safety > Shoes" },
  brand: "Delta",
  gtin: null,
  mpn: null,
  uom: "EA",
  weightGrams: null,
  dimensionsMm: { length: null, width: null, height: null },
  vatRatePercent: "13",
  images: [image],
  price: cny(16900),
  availability: "in_stock",
  configurable: false,
  variesBy: ["Size"],
  variants: [
    { sku: "SHO-1-38", name: "Shoe 38", attributes: [{ name: "Size", value: "38" }], gtin: "6912345000015", mpn: null, price: cny(16900), availability: "in_stock", images: [] },
    { sku: "SHO-1-39", name: "Shoe 39", attributes: [{ name: "Size", value: "39" }], gtin: null, mpn: null, price: null, availability: "out", images: [] },
  ],
  options: [],
  updatedAt: "2026-01-01T00:00:00.000Z",
};

describe("productJsonLd", () => {
  const ld = productJsonLd(product);
  it("describes a variant group with priced offers per variant", () => {
    expect(ld).toMatchObject({ "@type": "ProductGroup", name: "Shoe", productGroupID: "SHO-1", variesBy: ["Size"], image: [image.url], category: "Safety > Shoes" });
    const [v1, v2] = ld.hasVariant as Record<string, unknown>[];
    expect(v1).toMatchObject({ sku: "SHO-1-38", gtin13: "6912345000015", image: image.url, offers: { price: "169.00", priceCurrency: "CNY", availability: "https://schema.org/InStock" } });
    expect(v2.offers).toBeUndefined(); // price on request: no invented offer
  });
  it("describes a simple product with its offer", () => {
    const simple = productJsonLd({ ...product, kind: "simple", variesBy: [], variants: [], category: null, availability: "low" });
    expect(simple).toMatchObject({ "@type": "Product", name: "Shoe", sku: "SHO-1", offers: { "@type": "Offer", price: "169.00", priceCurrency: "CNY", availability: "https://schema.org/LimitedAvailability" } });
    expect(simple.category).toBeUndefined();
    expect(simple.mpn).toBeUndefined();
  });
  it("cannot close its script tag", () => {
    const text = jsonLdScript(ld);
    expect(text).not.toContain("</script>");
    expect(JSON.parse(text)).toEqual(ld);
  });
});

describe("siteMapEntries", () => {
  it("lists the home, every category and every product in both languages with alternates", () => {
    const entries = siteMapEntries(index);
    expect(entries).toHaveLength(2 * (1 + index.categories.length + index.products.length));
    const shoe = entries.find((e) => e.url.endsWith("/en/catalog/p7"));
    expect(shoe?.alternates?.languages).toMatchObject({ "zh-CN": expect.stringMatching(/\/catalog\/p7$/) });
  });
});
