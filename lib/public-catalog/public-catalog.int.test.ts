import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { createActor, createCompany } from "@/lib/testing/factories";
import { createCategoryRow } from "@/lib/testing/catalog-factories";
import { createPriceListRow } from "@/lib/testing/pricing-factories";
import { createPublicGroup, createPublicProduct, editProduct, setOnHand } from "@/lib/testing/public-catalog-factories";
import { findPublicCategories } from "./find-public-categories";
import { findPublicProductBySku, findPublicProductBySlug } from "./find-public-product";
import { eachPublicProduct, findPublicProducts } from "./find-public-products";
import { loadPublicProducts } from "./load-public-products";
import { PublicProductSchema } from "./schema";
import { toPublicProduct } from "./to-public-product";

let admin: Actor;
const context = { locale: "en" as const, baseUrl: "https://shop.test", baseCurrency: "CNY" };

beforeAll(async () => {
  await createCompany();
  admin = await createActor("admin");
});

describe("publication stamp", () => {
  it("is set the first time a product goes public and kept after it is unpublished", async () => {
    const hidden = await createPublicProduct(admin, { published: false, slug: null });
    expect((await db.product.findUniqueOrThrow({ where: { id: hidden.id } })).firstPublishedAt).toBeNull();
    await editProduct(admin, hidden.id, { published: true, slug: hidden.sku.toLowerCase() });
    const first = (await db.product.findUniqueOrThrow({ where: { id: hidden.id } })).firstPublishedAt;
    expect(first).toBeInstanceOf(Date);
    await editProduct(admin, hidden.id, { published: false });
    await editProduct(admin, hidden.id, { published: true });
    expect((await db.product.findUniqueOrThrow({ where: { id: hidden.id } })).firstPublishedAt).toEqual(first);
  });
});

describe("the public product model", () => {
  it("prices from the public list or on request, availability as a level, never cost", async () => {
    const priced = await createPublicProduct(admin, { price: 12900, available: 5000, reorderPoint: 5000, standardCost: 777_001 });
    const onRequest = await createPublicProduct(admin, { available: 0, allowBackorder: true, standardCost: 777_002 });
    const [a, b] = await loadPublicProducts([priced.id, onRequest.id]);
    const pa = toPublicProduct(a, context);
    const pb = toPublicProduct(b, context);
    expect(pa).toMatchObject({ sku: priced.sku, price: { amount: "129.00", currency: "CNY", taxInclusive: false }, availability: "low" });
    expect(pb).toMatchObject({ sku: onRequest.sku, price: null, availability: "backorder" });
    for (const p of [pa, pb]) expect(PublicProductSchema.parse(p)).toEqual(p);
    const text = JSON.stringify([a, b, pa, pb]);
    expect(text).not.toMatch(/777001|777002|7770\.01|standardCost|onHand|reserved/);
  });

  it("a partner price list applies for a keyed audience, with the default list and list price behind it", async () => {
    const p = await createPublicProduct(admin, { listPrice: 20000 });
    const partner = await createPriceListRow({ taxInclusive: true, items: [{ productId: p.id, minQty: 0, unitPrice: 15000 }] });
    const [anonymous] = await loadPublicProducts([p.id]);
    const [keyed] = await loadPublicProducts([p.id], { kind: "partner", priceListId: partner.id });
    const [noList] = await loadPublicProducts([p.id], { kind: "partner", priceListId: null });
    expect(anonymous.price).toBeNull();
    expect(keyed.price).toEqual({ unitPrice: 15000, currency: "CNY", taxInclusive: true });
    expect(noList.price).toEqual({ unitPrice: 20000, currency: "CNY", taxInclusive: false });
  });

  it("groups carry their active variants with attributes, prices and levels; unpublished and discontinued products are not public", async () => {
    const group = await createPublicGroup(admin, [
      { en: "Red", price: 5000, available: 0 },
      { en: "Blue", price: 4500, available: 2000 },
    ]);
    await db.product.create({ data: { sku: `${group.sku}-GONE`, kind: "variant", parentId: group.id, nameZh: "x", nameEn: "x", status: "discontinued" } });
    const found = await findPublicProductBySku(group.variants[0].sku);
    expect(found?.sku).toBe(group.sku);
    const p = toPublicProduct(found!, context);
    expect(p.variants.map((v) => [v.sku, v.price?.amount, v.availability, v.attributes])).toEqual([
      [group.variants[0].sku, "50.00", "out", [{ name: "Colour", value: "Red" }]],
      [group.variants[1].sku, "45.00", "in_stock", [{ name: "Colour", value: "Blue" }]],
    ]);
    expect(p).toMatchObject({ kind: "group", price: { amount: "45.00" }, availability: "in_stock", variesBy: ["Colour"] });

    const draft = await createPublicProduct(admin, { published: false, slug: null });
    const old = await createPublicProduct(admin, { status: "discontinued" });
    expect(await findPublicProductBySku(draft.sku)).toBeNull();
    expect(await findPublicProductBySku(old.sku)).toBeNull();
    expect(await findPublicProductBySlug(old.slug!)).toBeNull();
    expect((await findPublicProductBySlug(group.slug!))?.sku).toBe(group.sku);
    expect(await loadPublicProducts([draft.id, old.id])).toEqual([]);
  });

  it("categories list public counts with paths, and hide categories without public products", async () => {
    const root = await createCategoryRow({ nameEn: "Office" });
    const leaf = await createCategoryRow({ nameEn: "Paper", parentId: root.id });
    const empty = await createCategoryRow({ nameEn: "Empty" });
    await createPublicProduct(admin, { categoryId: leaf.id });
    await createPublicProduct(admin, { categoryId: leaf.id, published: false, slug: null });
    const categories = await findPublicCategories("en");
    expect(categories.find((c) => c.slug === root.slug)).toMatchObject({ productCount: 1, depth: 0, parentSlug: null });
    expect(categories.find((c) => c.slug === leaf.slug)).toMatchObject({ productCount: 1, depth: 1, parentSlug: root.slug, path: [{ name: "Office" }, { name: "Paper" }] });
    expect(categories.find((c) => c.slug === empty.slug)).toBeUndefined();
    const page = await findPublicProducts({ limit: 100, category: root.slug });
    expect(page.items).toHaveLength(1);
    expect((await findPublicProducts({ limit: 100, category: "no-such-category" })).items).toEqual([]);
  });
});

describe("paging", () => {
  it("visits every product that stays public exactly once while products change between pages", async () => {
    const category = await createCategoryRow();
    const products = [];
    for (let i = 0; i < 23; i++) products.push(await createPublicProduct(admin, { categoryId: category.id, price: 1000 + i }));
    const seen: string[] = [];
    let cursor: string | undefined;
    let round = 0;
    do {
      const page = await findPublicProducts({ limit: 4, cursor, category: category.slug });
      for (const item of page.items) if (item.type === "product") seen.push(item.product.sku);
      cursor = page.nextCursor ?? undefined;
      // Between pages: edit one product already seen and one not yet seen (both move to the
      // end of any updatedAt order), and add a new one.
      round++;
      await editProduct(admin, products[round % products.length].id, { nameEn: `Changed ${round}` });
      await editProduct(admin, products[(round * 7) % products.length].id, { brand: `B${round}` });
      await setOnHand(products[(round * 5) % products.length].id, round * 1000);
      await createPublicProduct(admin, { categoryId: category.id });
    } while (cursor);
    for (const p of products) expect(seen.filter((s) => s === p.sku)).toHaveLength(1);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it("updatedSince returns what changed, with tombstones only for products that were public", async () => {
    const keep = await createPublicProduct(admin, {});
    const unpublish = await createPublicProduct(admin, {});
    const discontinue = await createPublicProduct(admin, {});
    const neverPublic = await createPublicProduct(admin, { published: false, slug: null });
    await new Promise((r) => setTimeout(r, 20));
    const since = new Date();
    await new Promise((r) => setTimeout(r, 20));
    const changed = await createPublicProduct(admin, {});
    await editProduct(admin, unpublish.id, { published: false });
    await editProduct(admin, discontinue.id, { status: "discontinued" });
    await editProduct(admin, neverPublic.id, { nameEn: "Still a draft" });
    const page = await findPublicProducts({ limit: 100, updatedSince: since });
    const bySku = new Map(page.items.map((i) => [i.type === "product" ? i.product.sku : i.sku, i.type]));
    expect(bySku.get(changed.sku)).toBe("product");
    expect(bySku.get(unpublish.sku)).toBe("tombstone");
    expect(bySku.get(discontinue.sku)).toBe("tombstone");
    expect(bySku.has(keep.sku)).toBe(false);
    expect(bySku.has(neverPublic.sku)).toBe(false);
    // A price change on the public list counts as a change of the product.
    const priced = await createPublicProduct(admin, { price: 100 });
    const later = new Date(Date.now() + 5);
    await new Promise((r) => setTimeout(r, 20));
    await db.priceListItem.updateMany({ where: { productId: priced.id }, data: { unitPrice: 200 } });
    const again = await findPublicProducts({ limit: 100, updatedSince: later });
    expect(again.items.map((i) => (i.type === "product" ? i.product.sku : i.sku))).toEqual([priced.sku]);
  });

  it("walks the whole catalog in batches", async () => {
    const all: string[] = [];
    for await (const p of eachPublicProduct(undefined, 7)) all.push(p.sku);
    expect(all.length).toBe(await db.product.count({ where: { published: true, status: "active", parentId: null, slug: { not: null } } }));
    expect(new Set(all).size).toBe(all.length);
  });
});
