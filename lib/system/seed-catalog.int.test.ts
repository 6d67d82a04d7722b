import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isValidGtin } from "@/lib/catalog/gtin";
import { db, dbKind } from "@/lib/db/client";
import { seedDemoCatalog, type SeedCatalogReport } from "./seed-catalog";
import { seedDemo } from "./seed-demo";

let dataDir: string;
let report: SeedCatalogReport | null;

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), "carrack-seed-"));
  process.env.CARRACK_DATA_DIR = dataDir;
  expect(await seedDemo("demo password 123")).toBe(true);
  const started = Date.now();
  report = await seedDemoCatalog({ now: new Date("2026-03-15T08:00:00Z") });
  console.log(`demo catalog seed on ${dbKind}: ${((Date.now() - started) / 1000).toFixed(1)} s`, JSON.stringify(report));
}, 300_000);

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe(`demo catalog seed on ${dbKind}`, () => {
  it("creates about 300 products in a category tree, with variants and configurable products", async () => {
    const total = await db.product.count();
    expect(report?.products).toBe(total);
    expect(total).toBeGreaterThanOrEqual(280);
    expect(total).toBeLessThanOrEqual(320);
    expect(await db.category.count()).toBeGreaterThanOrEqual(25);
    expect(await db.category.count({ where: { parent: { parentId: { not: null } } } })).toBeGreaterThan(0); // three levels
    expect(await db.product.count({ where: { kind: "group" } })).toBe(15);
    expect(await db.product.count({ where: { kind: "variant" } })).toBeGreaterThanOrEqual(60);
    const configurable = await db.product.findMany({ where: { configurable: true }, select: { optionGroups: { select: { required: true, choices: { select: { excludes: true, requiresNote: true, priceDelta: true } } } } } });
    expect(configurable).toHaveLength(8);
    const choices = configurable.flatMap((p) => p.optionGroups.flatMap((g) => g.choices));
    expect(choices.some((c) => c.excludes !== "")).toBe(true);
    expect(choices.some((c) => c.requiresNote)).toBe(true);
    expect(choices.some((c) => c.priceDelta > 0)).toBe(true);
    expect(await db.product.count({ where: { uom: { in: ["KGM", "MTR"] }, uomDecimals: true } })).toBeGreaterThan(5);
  });

  it("gives products valid, unique GTINs and Chinese and English names", async () => {
    const products = await db.product.findMany({ select: { gtin: true, nameZh: true, nameEn: true, kind: true } });
    const gtins = products.map((p) => p.gtin).filter((g): g is string => g !== null);
    expect(gtins.length).toBeGreaterThan(250);
    expect(gtins.every(isValidGtin)).toBe(true);
    expect(new Set(gtins).size).toBe(gtins.length);
    expect(products.every((p) => /[\u4e00-\u9fff]/.test(p.nameZh) || /^[A-Z0-9]/.test(p.nameZh))).toBe(true);
    expect(products.every((p) => /^[\x20-\x7e×µΩ²→]+$/.test(p.nameEn))).toBe(true);
  });

  it("keeps StockLevel equal to the sum of the moves for every product and warehouse", async () => {
    const sums = await db.stockMove.groupBy({ by: ["productId", "warehouseId"], _sum: { quantity: true } });
    const levels = await db.stockLevel.findMany({ select: { productId: true, warehouseId: true, onHand: true } });
    const level = new Map(levels.map((l) => [`${l.productId}|${l.warehouseId}`, l.onHand]));
    expect(sums.length).toBeGreaterThan(250);
    for (const s of sums) expect(level.get(`${s.productId}|${s.warehouseId}`), `${s.productId}|${s.warehouseId}`).toBe(s._sum.quantity ?? 0);
    for (const l of levels) expect(l.onHand).toBeGreaterThanOrEqual(0);
    const warehouses = await db.warehouse.findMany({ select: { code: true, levels: { where: { onHand: { gt: 0 } }, select: { productId: true } } } });
    expect(warehouses.map((w) => w.code).sort()).toEqual(["WH1", "WH2"]);
    for (const w of warehouses) expect(w.levels.length).toBeGreaterThan(30);
    expect(await db.stockOperation.count({ where: { type: "TRANSFER" } })).toBeGreaterThan(0);
  });

  it("leaves some products below their reorder point", async () => {
    const tracked = await db.product.findMany({ where: { reorderPoint: { not: null } }, select: { reorderPoint: true, stockLevels: { select: { onHand: true } } } });
    const low = tracked.filter((p) => p.stockLevels.reduce((sum, l) => sum + l.onHand, 0) < p.reorderPoint!);
    expect(low.length).toBeGreaterThan(5);
    expect(low.length).toBeLessThan(tracked.length / 3);
  });

  it("prices every sellable product in the default list and gives dealers quantity breaks", async () => {
    const sellable = await db.product.count({ where: { kind: { not: "group" } } });
    const standard = await db.priceList.findFirstOrThrow({ where: { isDefault: true }, select: { _count: { select: { items: true } } } });
    expect(standard._count.items).toBe(sellable);
    const dealer = await db.priceList.findFirstOrThrow({ where: { name: "经销商价 Dealer" }, select: { items: { select: { minQty: true } } } });
    expect(dealer.items.length).toBeGreaterThan(100);
    expect(new Set(dealer.items.map((i) => i.minQty)).size).toBeGreaterThanOrEqual(3);
    expect(await db.currency.count({ where: { enabled: true } })).toBe(3);
    expect(await db.exchangeRate.count()).toBe(20);
  });

  it("stores a generated picture for every product shown in lists", async () => {
    expect(report?.images).toBe(await db.product.count({ where: { kind: { not: "variant" } } }));
    expect(await db.productImage.count()).toBe(report?.images);
    expect(readdirSync(path.join(dataDir, "uploads", "products")).length).toBe(2 * report!.images);
  });

  it("does nothing the second time", async () => {
    expect(await seedDemoCatalog()).toBeNull();
  });
});
