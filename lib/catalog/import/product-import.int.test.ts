import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { PRODUCT_AUDIT_SELECT } from "@/lib/catalog/products/product-rules";
import { db, dbKind } from "@/lib/db/client";
import { gtinCheckDigit } from "@/lib/catalog/gtin";
import { exportProductsCsv } from "@/lib/catalog/export/export-products";
import { PRODUCTS_TABLE } from "@/lib/catalog/products/products-table";
import { parseTableParams } from "@/lib/table/params";
import { createActor, createCompany } from "@/lib/testing/factories";
import { importCsv, uploadCsv } from "@/lib/testing/import-factories";
import { runImportBatch } from "@/lib/imports/run-import-batch";

let admin: Actor;
let dataDir: string;

const HEADER = "sku,name_zh,name_en,description_zh,description_en,category,brand,uom,uom_decimals,gtin,mpn,weight_g,list_price,standard_cost,vat_rate,stock_tracked,allow_backorder,reorder_point,published,slug,status";

function gtin(n: number): string {
  const body = `690${String(n).padStart(9, "0")}`;
  return body + gtinCheckDigit(body);
}

/** 1,000 rows; rows 100, 500 and 900 (file rows 101, 501, 901) are broken in three ways. */
function bigCsv(priceOf = (i: number) => `${10 + (i % 90)}.${String(i % 100).padStart(2, "0")}`): string {
  const lines = [HEADER];
  for (let i = 1; i <= 1000; i++) {
    const category = i === 100 ? "办公设备 > 不存在" : i % 2 ? "办公设备 > 打印机" : "Industrial tools";
    const price = i === 500 ? "12.345" : priceOf(i);
    const code = i === 900 ? "6901234567890" : gtin(i);
    const desc = i % 7 === 0 ? '"多行\n描述, 带逗号"' : "";
    lines.push(`IMP-${i},产品 ${i},Product ${i},${desc},,${category},Brand ${i % 5},${i % 3 ? "EA" : "KGM"},${i % 3 ? "false" : "true"},${code},MPN-${i},${i * 10},${price},${(i % 50) + 1}.00,${i % 4 ? "VAT13" : "9%"},true,false,${i % 10 ? "" : "2.5"},${i % 6 ? "false" : "true"},${i % 6 ? "" : `product-${i}`},active`);
  }
  return lines.join("\r\n") + "\r\n";
}

const snapshot = async () => (await db.product.findMany({ select: { ...PRODUCT_AUDIT_SELECT, updatedAt: true }, orderBy: { sku: "asc" } })).map((p) => JSON.stringify(p));

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), "carrack-imports-"));
  process.env.CARRACK_DATA_DIR = dataDir;
  await createCompany();
  admin = await createActor("admin");
  const office = await db.category.create({ data: { nameZh: "办公设备", nameEn: "Office equipment", slug: "office-equipment" } });
  await db.category.create({ data: { nameZh: "打印机", nameEn: "Printers", slug: "printers", parentId: office.id } });
  await db.category.create({ data: { nameZh: "工业工具", nameEn: "Industrial tools", slug: "industrial-tools" } });
});

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe(`product CSV import on ${dbKind}`, () => {
  it("dry run reports exactly the three bad rows and writes nothing", async () => {
    const run = await importCsv(admin, "products", bigCsv(), { dryRun: true });
    expect(run.batches).toBe(5);
    expect(run.errors.map((e) => [e.row, e.column, e.ns, e.key])).toEqual([
      [101, "category", "imports", "rows.unknownCategory"],
      [501, "list_price", "validation", "catalog.money"],
      [901, "gtin", "validation", "catalog.gtin"],
    ]);
    expect(run.created).toBe(997);
    expect(await db.product.count()).toBe(0);
    expect(await db.auditEntry.count({ where: { entityType: "Product" } })).toBe(0);
  }, 120_000);

  it("imports 997 products, then re-running creates no duplicates", async () => {
    const first = await importCsv(admin, "products", bigCsv(), { dryRun: false });
    expect(first).toMatchObject({ created: 997, updated: 0, unchanged: 0 });
    expect(first.errors).toHaveLength(3);
    expect(await db.product.count()).toBe(997);
    expect(await db.auditEntry.count({ where: { entityType: "Product", action: "create" } })).toBe(997);

    const p7 = await db.product.findUniqueOrThrow({ where: { sku: "IMP-7" }, select: PRODUCT_AUDIT_SELECT });
    expect(p7).toMatchObject({ nameZh: "产品 7", uom: "EA", listPrice: 1707, standardCost: 800, descriptionZh: "多行\n描述, 带逗号", weightGrams: 70 });
    const p30 = await db.product.findUniqueOrThrow({ where: { sku: "IMP-30" }, select: PRODUCT_AUDIT_SELECT });
    expect(p30).toMatchObject({ uom: "KGM", uomDecimals: true, reorderPoint: 2500, published: true, slug: "product-30" });
    expect((await db.product.findUniqueOrThrow({ where: { sku: "IMP-4" }, select: { vatRateCode: true } })).vatRateCode).toBe("VAT9");

    const again = await importCsv(admin, "products", bigCsv(), { dryRun: false });
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 997 });
    expect(await db.product.count()).toBe(997);

    // Lowercase SKUs and a new price on every tenth row (97 of them valid): updates, matched without case.
    const changed = bigCsv((i) => (i % 10 === 0 ? "999.00" : `${10 + (i % 90)}.${String(i % 100).padStart(2, "0")}`)).replace(/\r\nIMP-/g, "\r\nimp-");
    const third = await importCsv(admin, "products", changed, { dryRun: false });
    expect(third).toMatchObject({ created: 0, updated: 97, unchanged: 900 });
    expect(await db.product.count()).toBe(997);
    expect((await db.product.findUniqueOrThrow({ where: { sku: "IMP-10" }, select: { listPrice: true } })).listPrice).toBe(99900);
  }, 180_000);

  it("round-trips: an export re-imports with nothing changed", async () => {
    const params = parseTableParams(PRODUCTS_TABLE, new URLSearchParams());
    for (const locale of ["zh-CN", "en"] as const) {
      const csv = new Uint8Array(await (await exportProductsCsv({ actor: admin, params, locale })).arrayBuffer());
      expect(new TextDecoder("utf-8", { ignoreBOM: true }).decode(csv.subarray(0, 30)).startsWith("\uFEFFsku,name_zh,name_en")).toBe(true);
      const before = await snapshot();
      const run = await importCsv(admin, "products", csv, { dryRun: false });
      expect(run).toMatchObject({ created: 0, updated: 0, unchanged: 997, errors: [] });
      expect(await snapshot()).toEqual(before);
    }
  }, 180_000);

  it("exports the current filter only, and no cost column without cost.read", async () => {
    const printers = await db.category.findUniqueOrThrow({ where: { slug: "printers" }, select: { id: true } });
    const params = parseTableParams(PRODUCTS_TABLE, new URLSearchParams({ category: printers.id, q: "IMP-1" }));
    const csv = await (await exportProductsCsv({ actor: admin, params, locale: "en" })).text();
    const rows = csv.trim().split("\r\n").slice(1);
    // Odd numbers starting with 1 among 1..1000 → 1, 11..19, 101..199 (minus the bad 100), 1000 is even.
    expect(rows.every((r) => r.includes("Office equipment > Printers"))).toBe(true);
    expect(rows.length).toBe(1 + 5 + 50);
    const sales = await createActor("sales");
    const salesCsv = await (await exportProductsCsv({ actor: sales, params, locale: "en" })).text();
    expect(salesCsv.split("\r\n")[0]).not.toContain("standard_cost");
    const warehouse = await createActor("warehouse");
    expect((await (await exportProductsCsv({ actor: warehouse, params, locale: "en" })).text()).split("\r\n")[0]).toContain("standard_cost");
  });

  it("reads GBK files from Chinese Excel and semicolon-separated files", async () => {
    // "sku,name_zh\r\nGBK-1,产品名称\r\n" with the name in GBK bytes.
    const gbk = Uint8Array.from([...new TextEncoder().encode("sku,name_zh\r\nGBK-1,"), 0xb2, 0xfa, 0xc6, 0xb7, 0xc3, 0xfb, 0xb3, 0xc6, 0x0d, 0x0a]);
    const ready = await uploadCsv(admin, "products", gbk);
    expect(ready.encoding).toBe("gb18030");
    const run = await importCsv(admin, "products", gbk, { dryRun: false });
    expect(run.created).toBe(1);
    expect((await db.product.findUniqueOrThrow({ where: { sku: "GBK-1" }, select: { nameZh: true, nameEn: true } }))).toEqual({ nameZh: "产品名称", nameEn: "产品名称" });

    const semi = await importCsv(admin, "products", "\uFEFF货号;名称;价格\nSEMI-1;分号;1.50\n;;\n", { dryRun: false });
    expect(semi).toMatchObject({ created: 1, skipped: 1 });
    expect((await db.product.findUniqueOrThrow({ where: { sku: "SEMI-1" }, select: { listPrice: true } })).listPrice).toBe(150);
  });

  it("keeps files to their owner and the import to catalog.manage", async () => {
    const ready = await uploadCsv(admin, "products", new TextEncoder().encode("sku,name_zh\nX-1,x\n"));
    const manager = await createActor("manager");
    await expect(runImportBatch({ actor: manager, token: ready.token, type: "products", mapping: { sku: 0 }, offset: 0, dryRun: true })).rejects.toMatchObject({ key: "notFound" });
    const sales = await createActor("sales");
    await expect(runImportBatch({ actor: sales, token: ready.token, type: "products", mapping: { sku: 0 }, offset: 0, dryRun: true })).rejects.toMatchObject({ key: "notFound" });
    await expect(runImportBatch({ actor: admin, token: ready.token, type: "products", mapping: { name_zh: 1 }, offset: 0, dryRun: true })).rejects.toMatchObject({ key: "errors.mappingIncomplete" });
    await expect(uploadCsv(admin, "products", new TextEncoder().encode('sku,name\n"unclosed,x\n'))).rejects.toMatchObject({ key: "errors.malformed" });
    await expect(uploadCsv(admin, "products", new TextEncoder().encode("sku,name\n"))).rejects.toMatchObject({ key: "errors.noRows" });
  });
});
