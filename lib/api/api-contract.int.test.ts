import { XMLParser, XMLValidator } from "fast-xml-parser";
import { parse as parseCsv } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as categoriesGet } from "@/app/api/v1/catalog/categories/route";
import { GET as googleGet } from "@/app/api/v1/catalog/feeds/google.xml/route";
import { GET as shopifyGet } from "@/app/api/v1/catalog/feeds/shopify.csv/route";
import { GET as wooGet } from "@/app/api/v1/catalog/feeds/woocommerce.csv/route";
import { GET as productGet } from "@/app/api/v1/catalog/products/[sku]/route";
import { GET as productsGet } from "@/app/api/v1/catalog/products/route";
import { GET as openApiGet } from "@/app/api/v1/openapi.json/route";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { call, openApiValidator } from "@/lib/testing/api-testing";
import { createCategoryRow } from "@/lib/testing/catalog-factories";
import { createActor, createCompany } from "@/lib/testing/factories";
import { createPriceListRow } from "@/lib/testing/pricing-factories";
import { createApiKeyRow, createImageRow, createPublicGroup, createPublicProduct, editProduct, setPublicPrice } from "@/lib/testing/public-catalog-factories";

let admin: Actor;
let validate: ReturnType<typeof openApiValidator>;
const secrets: string[] = []; // SKUs that must never appear in a public answer
const COSTS = ["987654", "9876.54", "876543", "8765.43"];
const fixtures = {} as { simple: { sku: string; id: string }; group: Awaited<ReturnType<typeof createPublicGroup>>; category: { slug: string } };

beforeAll(async () => {
  process.env.CARRACK_API_ANON_PER_MINUTE = "100000";
  await createCompany();
  admin = await createActor("admin");
  validate = openApiValidator();
  const root = await createCategoryRow({ nameEn: "Office" });
  const leaf = await createCategoryRow({ nameEn: "Paper", parentId: root.id });
  fixtures.category = root;
  const simple = await createPublicProduct(admin, { categoryId: leaf.id, price: 12900, available: 5000, standardCost: 987654, brand: "Acme", gtin: "4006381333931", descriptionEn: "A4 copy paper" });
  await createImageRow(simple.id);
  await createImageRow(simple.id, 1);
  fixtures.simple = simple;
  const group = await createPublicGroup(admin, [{ en: "Red", price: 5000, available: 1000 }, { en: "Blue", price: 5500 }], { categoryId: leaf.id, standardCost: 876543, mpn: "MUG-X" });
  await createImageRow(group.id);
  fixtures.group = group;
  const configurable = await createPublicProduct(admin, { price: 30000, configurable: true });
  const options = await db.productOptionGroup.create({ data: { productId: configurable.id, code: "engraving", nameZh: "刻字", nameEn: "Engraving" }, select: { id: true } });
  await db.productOptionChoice.create({ data: { groupId: options.id, code: "text", nameZh: "文字", nameEn: "Text", priceDelta: 1500, requiresNote: true } });
  for (let i = 0; i < 5; i++) await createPublicProduct(admin, { price: 1000 + i, standardCost: 987654 });
  const draft = await createPublicProduct(admin, { published: false, slug: null, price: 999 });
  const hidden = await createPublicProduct(admin, { price: 999 });
  await editProduct(admin, hidden.id, { status: "discontinued" });
  secrets.push(draft.sku, hidden.sku);
});

afterAll(() => {
  delete process.env.CARRACK_API_ANON_PER_MINUTE;
});

async function json(response: Response) {
  expect(response.headers.get("content-type")).toMatch(/^application\/json/);
  return response.json();
}

async function allPages(query = "", key?: string) {
  const items: { sku: string; deleted?: boolean }[] = [];
  let cursor: string | null = null;
  do {
    const response = await call(productsGet, `/api/v1/catalog/products?limit=3${query}${cursor ? `&cursor=${cursor}` : ""}`, { key });
    expect(response.status).toBe(200);
    const body = await json(response);
    expect(validate("/catalog/products", 200, body)).toEqual([]);
    items.push(...body.data);
    cursor = body.nextCursor;
  } while (cursor);
  return items;
}

describe("contract: every response validates against the OpenAPI document", () => {
  it("openapi.json is OpenAPI 3.1 with every path", async () => {
    const response = await call(openApiGet, "/api/v1/openapi.json");
    const doc = await json(response);
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(["/catalog/products", "/catalog/products/{sku}", "/catalog/categories", "/catalog/feeds/google.xml", "/catalog/feeds/shopify.csv", "/catalog/feeds/woocommerce.csv"]));
    expect(doc.components.schemas.Product.properties.sku).toEqual({ type: "string" });
  });

  it("products: pages, one product, a variant SKU, a miss", async () => {
    const items = await allPages("&locale=en");
    expect(items.map((i) => i.sku)).toEqual(expect.arrayContaining([fixtures.simple.sku, fixtures.group.sku]));
    const one = await json(await call(productGet, `/api/v1/catalog/products/${fixtures.simple.sku}?locale=en`, { params: { sku: fixtures.simple.sku } }));
    expect(validate("/catalog/products/{sku}", 200, one)).toEqual([]);
    expect(one.data).toMatchObject({ sku: fixtures.simple.sku, price: { amount: "129.00", currency: "CNY" }, availability: "in_stock", brand: "Acme", category: { pathText: "Office > Paper" } });
    expect(one.data.images[0].url).toMatch(/^http:\/\/api\.test\/files\/products\/p-.*-1600\.webp$/);
    const viaVariant = await json(await call(productGet, `/api/v1/catalog/products/${fixtures.group.variants[1].sku}`, { params: { sku: fixtures.group.variants[1].sku } }));
    expect(viaVariant.data.sku).toBe(fixtures.group.sku);
    expect(viaVariant.data.variants).toHaveLength(2);
    const miss = await call(productGet, "/api/v1/catalog/products/NOPE", { params: { sku: "NOPE" } });
    expect(miss.status).toBe(404);
    expect(validate("/catalog/products/{sku}", 404, await json(miss))).toEqual([]);
  });

  it("categories", async () => {
    const body = await json(await call(categoriesGet, "/api/v1/catalog/categories?locale=en"));
    expect(validate("/catalog/categories", 200, body)).toEqual([]);
    expect(body.data.find((c: { slug: string }) => c.slug === fixtures.category.slug)).toMatchObject({ productCount: 2, depth: 0 });
  });
});

describe("caching", () => {
  it("anonymous: strong ETag, 304 on If-None-Match, public with s-maxage and stale-while-revalidate", async () => {
    const first = await call(productsGet, "/api/v1/catalog/products?limit=5");
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    expect(first.headers.get("cache-control")).toMatch(/^public, .*s-maxage=\d+, stale-while-revalidate=\d+/);
    expect(first.headers.get("vary")).toBe("Authorization");
    const again = await call(productsGet, "/api/v1/catalog/products?limit=5", { headers: { "if-none-match": etag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    expect(again.headers.get("etag")).toBe(etag);
    expect((await call(productsGet, "/api/v1/catalog/products?limit=5", { headers: { "if-none-match": `W/${etag}, "other"` } })).status).toBe(304);
    // A change makes a new representation.
    await setPublicPrice(fixtures.simple.id, 13900);
    const changed = await call(productsGet, "/api/v1/catalog/products?limit=5", { headers: { "if-none-match": etag } });
    expect([200]).toContain(changed.status);
    await setPublicPrice(fixtures.simple.id, 12900);
  });

  it("feeds: the ETag is known before streaming and changes with the catalog", async () => {
    const first = await call(googleGet, "/api/v1/catalog/feeds/google.xml");
    const etag = first.headers.get("etag")!;
    await first.text();
    expect((await call(googleGet, "/api/v1/catalog/feeds/google.xml", { headers: { "if-none-match": etag } })).status).toBe(304);
    await editProduct(admin, fixtures.simple.id, { nameEn: "Renamed paper" });
    const after = await call(googleGet, "/api/v1/catalog/feeds/google.xml", { headers: { "if-none-match": etag } });
    expect(after.status).toBe(200);
    expect(await after.text()).toContain("<rss");
  });

  it("keyed: private, with the partner's prices", async () => {
    const list = await createPriceListRow({ items: [{ productId: fixtures.simple.id, minQty: 0, unitPrice: 11111 }] });
    const { key } = await createApiKeyRow({ priceListId: list.id });
    const response = await call(productGet, `/api/v1/catalog/products/${fixtures.simple.sku}`, { key, params: { sku: fixtures.simple.sku } });
    expect(response.headers.get("cache-control")).toMatch(/^private/);
    expect((await json(response)).data.price.amount).toBe("111.11");
  });
});

describe("keys and scopes", () => {
  it("401 for a wrong, malformed, inactive or revoked key; 403 without the scope", async () => {
    const revoked = await createApiKeyRow({ revokedAt: new Date() });
    const inactive = await createApiKeyRow({ active: false });
    const feedsOnly = await createApiKeyRow({ scopes: "feeds.read" });
    for (const key of [revoked.key, inactive.key, "crk_00000000_" + "a".repeat(43), "hello"]) {
      const response = await call(productsGet, "/api/v1/catalog/products", { key });
      expect(response.status).toBe(401);
      expect(validate("/catalog/products", 401, await json(response))).toEqual([]);
    }
    const forbidden = await call(productsGet, "/api/v1/catalog/products", { key: feedsOnly.key });
    expect(forbidden.status).toBe(403);
    expect((await json(forbidden)).error.code).toBe("forbidden");
    expect((await call(shopifyGet, "/api/v1/catalog/feeds/shopify.csv", { key: feedsOnly.key })).status).toBe(200);
  });
});

describe("rate limits", () => {
  it("a key's limit per minute, then 429 with Retry-After", async () => {
    const { key } = await createApiKeyRow({ rateLimitPerMinute: 3 });
    const statuses = [];
    let last: Response | null = null;
    for (let i = 0; i < 4; i++) {
      last = await call(categoriesGet, "/api/v1/catalog/categories", { key });
      statuses.push(last.status);
      if (i === 0) expect(last.headers.get("x-ratelimit-remaining")).toBe("2");
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
    expect(Number(last!.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(last!.headers.get("x-ratelimit-limit")).toBe("3");
    expect(last!.headers.get("x-ratelimit-remaining")).toBe("0");
    expect(Number(last!.headers.get("x-ratelimit-reset"))).toBeGreaterThan(Date.now() / 1000);
    expect(validate("/catalog/categories", 429, await json(last!))).toEqual([]);
  });

  it("anonymous callers per address at the lower limit", async () => {
    process.env.CARRACK_API_ANON_PER_MINUTE = "2";
    process.env.CARRACK_TRUST_PROXY = "1";
    try {
      const from = (ip: string) => call(categoriesGet, "/api/v1/catalog/categories", { headers: { "x-forwarded-for": ip } });
      expect([(await from("10.0.0.1")).status, (await from("10.0.0.1")).status, (await from("10.0.0.1")).status]).toEqual([200, 200, 429]);
      expect((await from("10.0.0.2")).status).toBe(200);
    } finally {
      process.env.CARRACK_API_ANON_PER_MINUTE = "100000";
      delete process.env.CARRACK_TRUST_PROXY;
    }
  });
});

describe("bad parameters: 400/422 JSON, never 500", () => {
  it.each([
    ["unknown parameter", "?updated_since=2026-01-01T00:00:00Z", 400, "unknown_parameter"],
    ["repeated parameter", "?limit=1&limit=2", 400, "invalid_parameter"],
    ["limit not a number", "?limit=ten", 400, "invalid_parameter"],
    ["limit too large", "?limit=500", 422, "invalid_parameter"],
    ["limit zero", "?limit=0", 422, "invalid_parameter"],
    ["not a date", "?updatedSince=yesterday", 400, "invalid_parameter"],
    ["bad locale", "?locale=fr", 422, "invalid_parameter"],
    ["forged cursor", "?cursor=eyJ2IjoxfQ", 400, "invalid_cursor"],
    ["cursor junk", "?cursor=%00%01", 400, "invalid_cursor"],
    ["huge q", `?q=${"x".repeat(500)}`, 422, "invalid_parameter"],
  ])("%s", async (_name, query, status, code) => {
    const response = await call(productsGet, `/api/v1/catalog/products${query}`);
    expect(response.status).toBe(status);
    const body = await json(response);
    expect(body.error.code).toBe(code);
    expect(validate("/catalog/products", status, body)).toEqual([]);
  });

  it("other endpoints reject unknown parameters too", async () => {
    for (const [handler, path] of [
      [categoriesGet, "/api/v1/catalog/categories?x=1"],
      [googleGet, "/api/v1/catalog/feeds/google.xml?format=json"],
      [openApiGet, "/api/v1/openapi.json?v=2"],
    ] as const) {
      const response = await call(handler, path);
      expect(response.status).toBe(400);
      expect((await json(response)).error.code).toBe("unknown_parameter");
    }
  });
});

describe("feeds", () => {
  it("Google: parses as XML, every item carries the required fields", async () => {
    const response = await call(googleGet, "/api/v1/catalog/feeds/google.xml?locale=en");
    expect(response.headers.get("content-type")).toMatch(/^application\/xml/);
    const xml = await response.text();
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === "item" || name === "g:additional_image_link" }).parse(xml);
    const items = doc.rss.channel.item as Record<string, unknown>[];
    expect(doc.rss["@_xmlns:g"]).toBe("http://base.google.com/ns/1.0");
    for (const item of items) {
      for (const field of ["g:id", "g:title", "g:description", "g:link", "g:image_link", "g:availability", "g:price", "g:condition"]) expect(item[field], `${field} of ${String(item["g:id"])}`).toBeTruthy();
      expect(String(item["g:price"])).toMatch(/^\d+\.\d{2} [A-Z]{3}$/);
      expect(["in_stock", "out_of_stock", "preorder", "backorder"]).toContain(item["g:availability"]);
      expect(Boolean(item["g:gtin"] || item["g:mpn"] || item["g:identifier_exists"] === "no")).toBe(true);
    }
    const ids = items.map((i) => String(i["g:id"]));
    expect(ids).toContain(fixtures.simple.sku);
    expect(ids).toEqual(expect.arrayContaining(fixtures.group.variants.map((v) => v.sku)));
    expect(items.find((i) => i["g:id"] === fixtures.group.variants[0].sku)).toMatchObject({ "g:item_group_id": fixtures.group.sku, "g:color": "Red", "g:mpn": "MUG-X" });
  });

  it("Shopify and WooCommerce CSVs parse with a standard parser and carry the required columns", async () => {
    const shopify = parseCsv(await (await call(shopifyGet, "/api/v1/catalog/feeds/shopify.csv")).text(), { bom: true, columns: true }) as Record<string, string>[];
    expect(Object.keys(shopify[0])).toEqual(expect.arrayContaining(["Handle", "Title", "Variant SKU", "Variant Price", "Image Src"]));
    const groupRows = shopify.filter((r) => r.Handle === fixtures.group.slug);
    expect(groupRows.map((r) => r["Variant SKU"]).filter(Boolean)).toEqual(fixtures.group.variants.map((v) => v.sku));
    expect(groupRows[0]).toMatchObject({ Title: expect.any(String), "Option1 Name": "颜色", "Option1 Value": "Red" });
    expect(shopify.find((r) => r["Variant SKU"] === fixtures.simple.sku)).toMatchObject({ "Variant Price": "129.00", "Variant Barcode": "4006381333931" });

    const woo = parseCsv(await (await call(wooGet, "/api/v1/catalog/feeds/woocommerce.csv?locale=en")).text(), { bom: true, columns: true }) as Record<string, string>[];
    expect(Object.keys(woo[0])).toEqual(expect.arrayContaining(["Type", "SKU", "Name", "Regular price", "Categories", "Images", "Parent"]));
    expect(woo.find((r) => r.SKU === fixtures.group.sku)).toMatchObject({ Type: "variable", "Attribute 1 name": "Colour", "Attribute 1 value(s)": "Red, Blue" });
    expect(woo.filter((r) => r.Parent === fixtures.group.sku).map((r) => r.Type)).toEqual(["variation", "variation"]);
    expect(woo.find((r) => r.SKU === fixtures.simple.sku)).toMatchObject({ Type: "simple", "Regular price": "129.00", Categories: "Office > Paper", "In stock?": "1" });
  });
});

describe("security", () => {
  it("no unpublished or discontinued SKU and no cost value in any API answer or feed", async () => {
    const { key } = await createApiKeyRow();
    const bodies: string[] = [];
    for (const locale of ["zh-CN", "en"]) {
      for (const k of [undefined, key]) {
        bodies.push(JSON.stringify(await allPages(`&locale=${locale}`, k)));
        bodies.push(await (await call(categoriesGet, `/api/v1/catalog/categories?locale=${locale}`, { key: k })).text());
        for (const [handler, path] of [[googleGet, "google.xml"], [shopifyGet, "shopify.csv"], [wooGet, "woocommerce.csv"]] as const) {
          bodies.push(await (await call(handler, `/api/v1/catalog/feeds/${path}?locale=${locale}`, { key: k })).text());
        }
      }
    }
    const listed = await allPages("");
    for (const item of listed) bodies.push(await (await call(productGet, `/api/v1/catalog/products/${item.sku}`, { params: { sku: item.sku } })).text());
    for (const sku of secrets) bodies.push(await (await call(productGet, `/api/v1/catalog/products/${sku}`, { params: { sku } })).text());
    const all = bodies.join("\n");
    for (const sku of secrets) expect(all).not.toContain(sku);
    for (const cost of COSTS) expect(all).not.toContain(cost);
    expect(all).not.toMatch(/standardCost|onHand|reserved|Cost per item|Inventory Qty/);
  });
});
