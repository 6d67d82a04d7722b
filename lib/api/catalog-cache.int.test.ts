import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { GET as categoriesGet } from "@/app/api/v1/catalog/categories/route";
import { GET as productGet } from "@/app/api/v1/catalog/products/[sku]/route";
import { GET as productsGet } from "@/app/api/v1/catalog/products/route";
import type { Actor } from "@/lib/auth/actor";
import { db, dbKind } from "@/lib/db/client";
import { catalogVersion, probeCatalogVersion } from "@/lib/public-catalog/catalog-version";
import { postReceipt } from "@/lib/stock/post-receipt";
import { call } from "@/lib/testing/api-testing";
import { createCategoryRow } from "@/lib/testing/catalog-factories";
import { createActor, createCompany } from "@/lib/testing/factories";
import { createPriceListRow } from "@/lib/testing/pricing-factories";
import { createApiKeyRow, createImageRow, createPublicProduct, editProduct, setPublicPrice } from "@/lib/testing/public-catalog-factories";
import { rateLimitStore } from "./rate-limit";

// The catalog answers come from an in-process cache of the current catalog version: a change
// must show on the very next request, and an unchanged catalog must not be loaded again.

const loads = vi.hoisted(() => ({ count: 0 }));
vi.mock("@/lib/public-catalog/find-public-products", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/public-catalog/find-public-products")>();
  return {
    ...original,
    findPublicProducts: (...args: Parameters<typeof original.findPublicProducts>) => {
      loads.count += 1;
      return original.findPublicProducts(...args);
    },
  };
});

type ListBody = { data: { sku: string; name: string; price: { amount: string } | null; availability: string; images: unknown[]; category: { name: string } | null }[] };

let admin: Actor;
let product: { id: string; sku: string };
let category: { id: string };

beforeAll(async () => {
  process.env.CARRACK_API_ANON_PER_MINUTE = "100000";
  await createCompany();
  admin = await createActor("admin");
  category = await createCategoryRow({ nameEn: "Paper" });
  product = await createPublicProduct(admin, { price: 12900, categoryId: category.id, nameEn: "Copy paper" });
  await createPublicProduct(admin, { price: 500 });
});

afterAll(() => {
  delete process.env.CARRACK_API_ANON_PER_MINUTE;
  delete process.env.CARRACK_RATE_LIMIT_STORE;
});

const PATH = "/api/v1/catalog/products?limit=50&locale=en";

async function list(key?: string) {
  const response = await call(productsGet, PATH, { key });
  expect(response.status).toBe(200);
  const body = (await response.json()) as ListBody;
  return { etag: response.headers.get("etag"), mine: body.data.find((p) => p.sku === product.sku) };
}

describe("catalog answer cache", () => {
  it("loads an unchanged catalog once, and the same query in another parameter order hits too", async () => {
    const before = loads.count;
    const first = await list();
    const second = await list();
    const reordered = await call(productsGet, "/api/v1/catalog/products?locale=en&limit=50");
    expect(loads.count - before).toBe(1);
    expect(second.etag).toBe(first.etag);
    expect(reordered.headers.get("etag")).toBe(first.etag);
    expect((await call(productsGet, PATH, { headers: { "if-none-match": first.etag! } })).status).toBe(304);
  });

  it("shows every kind of change on the next request", async () => {
    let last = await list();
    const expectChanged = async (check: (mine: ListBody["data"][number] | undefined) => void) => {
      const next = await list();
      expect(next.etag).not.toBe(last.etag);
      check(next.mine);
      last = next;
    };

    await editProduct(admin, product.id, { nameEn: "Recycled copy paper" });
    await expectChanged((mine) => expect(mine?.name).toBe("Recycled copy paper"));

    await setPublicPrice(product.id, 13900);
    await expectChanged((mine) => expect(mine?.price?.amount).toBe("139.00"));

    expect(last.mine?.availability).toBe("out");
    const warehouse = await db.warehouse.findFirstOrThrow({ where: { isDefault: true } });
    await postReceipt({ actor: admin, input: { warehouseId: warehouse.id, lines: [{ productId: product.id, quantity: 5000, unitCost: 100 }] } });
    await expectChanged((mine) => expect(mine?.availability).toBe("in_stock"));

    await createImageRow(product.id);
    await expectChanged((mine) => expect(mine?.images).toHaveLength(1));

    await db.category.update({ where: { id: category.id }, data: { nameEn: "Office paper" } });
    await expectChanged((mine) => expect(mine?.category?.name).toBe("Office paper"));

    await editProduct(admin, product.id, { published: false });
    await expectChanged((mine) => expect(mine).toBeUndefined());
    const gone = await call(productGet, `/api/v1/catalog/products/${product.sku}`, { params: { sku: product.sku } });
    expect(gone.status).toBe(404);

    await editProduct(admin, product.id, { published: true });
    await expectChanged((mine) => expect(mine?.name).toBe("Recycled copy paper"));
  });

  it("single products and categories follow the catalog too", async () => {
    const one = () => call(productGet, `/api/v1/catalog/products/${product.sku}?locale=en`, { params: { sku: product.sku } });
    const names = async () => ((await (await call(categoriesGet, "/api/v1/catalog/categories?locale=en")).json()) as { data: { name: string }[] }).data.map((c) => c.name);
    expect(((await (await one()).json()) as { data: { name: string } }).data.name).toBe("Recycled copy paper");
    expect(await names()).toContain("Office paper");
    await editProduct(admin, product.id, { nameEn: "Paper, 80 g" });
    await db.category.update({ where: { id: category.id }, data: { nameEn: "Paper & card" } });
    expect(((await (await one()).json()) as { data: { name: string } }).data.name).toBe("Paper, 80 g");
    expect(await names()).toContain("Paper & card");
  });

  it("keeps each price audience apart", async () => {
    const partnerList = await createPriceListRow({ items: [{ productId: product.id, minQty: 0, unitPrice: 11111 }] });
    const { key } = await createApiKeyRow({ priceListId: partnerList.id });
    const anonymous = await list();
    const partner = await list(key);
    expect(anonymous.mine?.price?.amount).toBe("139.00");
    expect(partner.mine?.price?.amount).toBe("111.11");
    expect((await list()).mine?.price?.amount).toBe("139.00");
  });

  it("the version moves with a write and is shared by concurrent readers", async () => {
    const before = await probeCatalogVersion();
    const together = await Promise.all(Array.from({ length: 20 }, () => catalogVersion()));
    expect(new Set(together)).toEqual(new Set([before]));
    await setPublicPrice(product.id, 14900);
    expect(await catalogVersion()).not.toBe(before);
  });
});

describe("rate limit stores", () => {
  it("counts in memory on SQLite and in the table on PostgreSQL, with the same headers either way", async () => {
    expect(rateLimitStore()).toBe(dbKind === "sqlite" ? "memory" : "database");
    for (const store of ["memory", "database"] as const) {
      process.env.CARRACK_RATE_LIMIT_STORE = store;
      await db.rateLimit.deleteMany({});
      const { key } = await createApiKeyRow({ rateLimitPerMinute: 2 });
      const statuses: number[] = [];
      let last: Response | null = null;
      for (let i = 0; i < 3; i++) {
        last = await call(categoriesGet, "/api/v1/catalog/categories", { key });
        statuses.push(last.status);
      }
      expect(statuses).toEqual([200, 200, 429]);
      expect(last!.headers.get("x-ratelimit-limit")).toBe("2");
      expect(last!.headers.get("x-ratelimit-remaining")).toBe("0");
      expect(Number(last!.headers.get("retry-after"))).toBeGreaterThan(0);
      expect(await db.rateLimit.count({ where: { key: { startsWith: "api-key:" } } })).toBe(store === "database" ? 1 : 0);
    }
  });
});
