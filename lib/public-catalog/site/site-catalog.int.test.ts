import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db, dbKind } from "@/lib/db/client";
import { formatMoney } from "@/lib/domain/money";
import type { Locale } from "@/lib/i18n/locales";
import { seedDemoCatalog } from "@/lib/system/seed-catalog";
import { seedDemo } from "@/lib/system/seed-demo";
import { findPublicProductBySlug } from "../find-public-product";
import type { PublicProduct } from "../schema";
import { toPublicProduct } from "../to-public-product";
import { loadCatalogIndex } from "./load-catalog-index";
import { productJsonLd } from "./product-json-ld";
import { siteMapEntries } from "./site-map";
import type { SiteCatalogIndex } from "./site-types";

// Everything the public pages render comes from these loaders (the same ones the page components
// call through the data cache), so scanning their output for every page — the catalog index,
// each product page in both languages with its JSON-LD, the sitemap — is scanning the site.
// The e2e spec e2e/public-catalog.spec.ts also crawls the rendered HTML.

let dataDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), "carrack-public-"));
  process.env.CARRACK_DATA_DIR = dataDir;
  await seedDemo("demo password 123");
  await seedDemoCatalog({ now: new Date("2026-03-15T08:00:00Z"), imageLimit: 12 });
}, 300_000);

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

async function sitePage(slug: string, locale: Locale = "en"): Promise<PublicProduct | null> {
  const source = await findPublicProductBySlug(slug);
  return source && toPublicProduct(source, { locale, baseUrl: "https://shop.example", baseCurrency: "CNY" });
}

/** Every public text: the index, every product page (both languages) and its JSON-LD, the sitemap. */
async function crawl(): Promise<{ index: SiteCatalogIndex; pages: { product: PublicProduct; id: string; text: string }[]; all: string }> {
  const index = await loadCatalogIndex();
  const pages = [];
  for (const card of index.products) {
    const source = await findPublicProductBySlug(card.slug);
    expect(source, card.slug).not.toBeNull();
    const [zh, en] = (["zh-CN", "en"] as const).map((locale) => toPublicProduct(source!, { locale, baseUrl: "https://shop.example", baseCurrency: "CNY" }));
    pages.push({ product: en, id: source!.id, text: JSON.stringify([zh, en, productJsonLd(zh), productJsonLd(en)]) });
  }
  const all = [JSON.stringify(index), JSON.stringify(siteMapEntries(index)), ...pages.map((p) => p.text)].join("\n");
  return { index, pages, all };
}

const SECRET_KEYS = /"(standardCost|cost|costPrice|unitCost|onHand|reserved|available|reorderPoint|listPrice|notes|internal\w*)"\s*:/;

/** Numbers and money texts of internal costs that are not also a public price on the page. */
function costLeaks(text: string, costs: number[], currency: string): string[] {
  const found: string[] = [];
  for (const cost of costs) {
    if (cost <= 0) continue;
    if (new RegExp(`[:\\[,]${cost}[,}\\]]`).test(text)) found.push(String(cost));
    if (text.includes(`"${formatMoney(cost, currency)}"`)) found.push(formatMoney(cost, currency));
  }
  return found;
}

describe(`public catalog pages on ${dbKind}`, () => {
  it("shows only published, active products: no other SKU or slug appears anywhere", async () => {
    const { index, all } = await crawl();
    expect(index.products.length).toBeGreaterThan(100);
    const hidden = await db.product.findMany({
      where: { OR: [{ published: false, kind: { not: "variant" } }, { status: { not: "active" } }, { kind: "variant", OR: [{ parent: { published: false } }, { parent: { status: { not: "active" } } }] }] },
      select: { sku: true, slug: true },
    });
    expect(hidden.length).toBeGreaterThan(20);
    const leaks = hidden.flatMap((p) => [p.sku, p.slug].filter((s): s is string => !!s)).filter((s) => new RegExp(`(?<![\\w-])${s.replace(/[-/\\^$*+?.()|[\]{}]/g, "\\$&")}(?![\\w-])`, "i").test(all));
    expect(leaks).toEqual([]);
  });

  it("never carries cost, stock numbers or internal fields, and no product's cost shows on its page", async () => {
    const { pages, all } = await crawl();
    expect(all).not.toMatch(SECRET_KEYS);
    const costs = await db.product.findMany({ select: { id: true, parentId: true, standardCost: true } });
    const costOf = new Map<string, number[]>();
    for (const c of costs) for (const key of [c.id, c.parentId]) if (key) costOf.set(key, [...(costOf.get(key) ?? []), c.standardCost]);
    let checked = 0;
    for (const { product, id, text } of pages) {
      // A cost that happens to equal a public price or option delta on the page is not a leak.
      const shown = new Set([product.price?.amountMinor, ...product.variants.map((v) => v.price?.amountMinor), ...product.options.flatMap((g) => g.choices.map((c) => c.priceDelta?.amountMinor))]);
      const costsHere = (costOf.get(id) ?? []).filter((c) => !shown.has(c));
      checked += costsHere.length;
      expect(costLeaks(text, costsHere, "CNY"), product.slug).toEqual([]);
    }
    expect(checked).toBeGreaterThan(100);
    // The scanner itself finds a cost when there is one.
    expect(costLeaks(JSON.stringify({ price: { amountMinor: 4321 } }), [4321], "CNY")).toEqual(["4321"]);
  });

  it("prices from the public list only: a dealer price never shows, an unlisted product is 'on request'", async () => {
    const standard = await db.priceList.findFirstOrThrow({ where: { isPublic: true }, select: { id: true } });
    const dealerItems = await db.priceListItem.findMany({ where: { priceList: { isPublic: false }, minQty: 0 }, select: { productId: true, unitPrice: true } });
    const dealerPrice = new Map(dealerItems.map((i) => [i.productId, i.unitPrice]));
    const simple = await db.product.findFirstOrThrow({ where: { published: true, status: "active", kind: "simple", id: { in: [...dealerPrice.keys()].slice(0, 200) } }, select: { id: true, slug: true } });
    const publicItem = await db.priceListItem.findFirstOrThrow({ where: { priceListId: standard.id, productId: simple.id, minQty: 0 }, select: { unitPrice: true } });
    expect((await sitePage(simple.slug!))?.price?.amountMinor).toBe(publicItem.unitPrice);
    expect(publicItem.unitPrice).not.toBe(dealerPrice.get(simple.id));

    await db.priceListItem.deleteMany({ where: { priceListId: standard.id, productId: simple.id } });
    expect((await sitePage(simple.slug!))?.price).toBeNull();
    expect((await loadCatalogIndex()).products.find((p) => p.slug === simple.slug)?.price).toBeNull();
  });

  it("gives availability levels from stock", async () => {
    const tracked = await db.product.findFirstOrThrow({ where: { published: true, status: "active", kind: "simple", stockTracked: true, allowBackorder: false }, select: { id: true, slug: true } });
    await db.stockLevel.updateMany({ where: { productId: tracked.id }, data: { onHand: 0, reserved: 0 } });
    expect((await sitePage(tracked.slug!))?.availability).toBe("out");
    await db.product.update({ where: { id: tracked.id }, data: { allowBackorder: true } });
    expect((await sitePage(tracked.slug!))?.availability).toBe("backorder");
    expect((await loadCatalogIndex()).products.find((p) => p.slug === tracked.slug)?.availability).toBe("backorder");
  });

  it("drops a product the moment it is unpublished or discontinued", async () => {
    const [a, b] = (await loadCatalogIndex()).products;
    await db.product.update({ where: { slug: a.slug }, data: { published: false } });
    await db.product.update({ where: { slug: b.slug }, data: { status: "discontinued" } });
    expect(await sitePage(a.slug)).toBeNull();
    expect(await sitePage(b.slug)).toBeNull();
    const slugs = new Set((await loadCatalogIndex()).products.map((p) => p.slug));
    expect(slugs.has(a.slug) || slugs.has(b.slug)).toBe(false);
  });
});
