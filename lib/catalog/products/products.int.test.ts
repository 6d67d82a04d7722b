import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db, dbKind } from "@/lib/db/client";
import { productCreateSchema } from "@/lib/validation/product";
import { createCategoryRow, productInput } from "@/lib/testing/catalog-factories";
import { createActor, createCompany } from "@/lib/testing/factories";
import { createProduct } from "./create-product";
import { findProduct } from "./find-product";
import { findProducts } from "./find-products";
import { PRODUCTS_TABLE } from "./products-table";
import { parseTableParams } from "@/lib/table/params";
import { updateProduct } from "./update-product";

let manager: Actor;
const audits = (entityId: string) => db.auditEntry.findMany({ where: { entityType: "Product", entityId }, orderBy: { at: "asc" }, select: { action: true, actorId: true, before: true, after: true } });
const { kind: _kind, ...updateBase } = productInput();
const asUpdate = (id: string, input: ReturnType<typeof productInput>) => {
  const { kind: _k, ...rest } = input;
  return { ...updateBase, ...rest, id };
};

beforeAll(async () => {
  await createCompany();
  manager = await createActor("manager");
});

describe(`products on ${dbKind}`, () => {
  it("creates a product from form text with exact money and quantities, audited", async () => {
    const category = await createCategoryRow();
    const parsed = productCreateSchema("CNY").parse({
      sku: "Mug-350",
      nameZh: "陶瓷杯",
      nameEn: "Ceramic mug",
      categoryId: category.id,
      uom: "EA",
      gtin: "4006381333931",
      listPrice: "1,234.56",
      standardCost: "0.10",
      vatRateCode: "VAT13",
      stockTracked: "on",
      reorderPoint: "2.5",
      published: "on",
      slug: "ceramic-mug",
      status: "active",
    });
    const { id } = await createProduct({ actor: manager, input: parsed });
    const stored = await db.product.findUniqueOrThrow({ where: { id }, select: { sku: true, listPrice: true, standardCost: true, reorderPoint: true, gtin: true, published: true, slug: true, stockTracked: true, kind: true } });
    expect(stored).toEqual({ sku: "Mug-350", listPrice: 123456, standardCost: 10, reorderPoint: 2500, gtin: "4006381333931", published: true, slug: "ceramic-mug", stockTracked: true, kind: "simple" });
    const [entry] = await audits(id);
    expect(entry).toMatchObject({ action: "create", actorId: manager.id, before: null });
    expect(JSON.parse(entry.after!)).toMatchObject({ sku: "Mug-350", listPrice: 123456 });
  });

  it("refuses a SKU that differs only in letter case, and writes nothing", async () => {
    await createProduct({ actor: manager, input: productInput({ sku: "Pen-Blue" }) });
    await expect(createProduct({ actor: manager, input: productInput({ sku: "PEN-BLUE" }) })).rejects.toMatchObject({ name: "FieldError", field: "sku", key: "catalog.skuTaken" });
    expect(await db.product.count({ where: { sku: "PEN-BLUE" } })).toBe(0);
  });

  it("of concurrent creates of the same SKU in different case, exactly one wins", async () => {
    const results = await Promise.allSettled(["Cup-7", "CUP-7", "cup-7", "Cup-7"].map((sku) => createProduct({ actor: manager, input: productInput({ sku }) })));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results.filter((r) => r.status === "rejected")) expect(r).toMatchObject({ reason: { field: "sku", key: "catalog.skuTaken" } });
  });

  it("requires a slug to publish and keeps slugs unique", async () => {
    expect(productCreateSchema("CNY").safeParse({ sku: "X1", nameZh: "x", nameEn: "x", uom: "EA", vatRateCode: "VAT13", status: "active", published: "on" }).error?.issues).toMatchObject([{ path: ["slug"], message: "catalog.slugRequired" }]);
    await createProduct({ actor: manager, input: productInput({ published: true, slug: "desk-lamp" }) });
    await expect(createProduct({ actor: manager, input: productInput({ published: true, slug: "desk-lamp" }) })).rejects.toMatchObject({ field: "slug", key: "catalog.slugTaken" });
    const other = await createProduct({ actor: manager, input: productInput() });
    await expect(updateProduct({ actor: manager, input: asUpdate(other.id, productInput({ published: true, slug: "desk-lamp" })) })).rejects.toMatchObject({ field: "slug", key: "catalog.slugTaken" });
  });

  it("checks the category and VAT rate it is given", async () => {
    await expect(createProduct({ actor: manager, input: productInput({ categoryId: "nope" }) })).rejects.toMatchObject({ field: "categoryId", key: "choice" });
    await expect(createProduct({ actor: manager, input: productInput({ vatRateCode: "VAT99" }) })).rejects.toMatchObject({ field: "vatRateCode", key: "catalog.vatRate" });
  });

  it("updates only what changed, audits exactly that, and keeps the kind", async () => {
    const input = productInput({ sku: "Lamp-1", listPrice: 5000 });
    const { id } = await createProduct({ actor: manager, input });
    const same = await updateProduct({ actor: manager, input: asUpdate(id, input) });
    expect(same).toEqual({ id, changed: false });
    const result = await updateProduct({ actor: manager, input: asUpdate(id, { ...input, sku: "LAMP-1", listPrice: 5500, brand: "Lumo" }) });
    expect(result).toEqual({ id, changed: true });
    const entries = (await audits(id)).filter((e) => e.action === "update");
    expect(entries).toHaveLength(1);
    expect(JSON.parse(entries[0].before!)).toEqual({ sku: "Lamp-1", listPrice: 5000, brand: "" });
    expect(JSON.parse(entries[0].after!)).toEqual({ sku: "LAMP-1", listPrice: 5500, brand: "Lumo" });
    await expect(updateProduct({ actor: manager, input: asUpdate("missing", input) })).rejects.toMatchObject({ name: "NotFoundError" });
  });

  it("leaves the cost alone when none is sent, and hides it from those who may not see cost", async () => {
    const { id } = await createProduct({ actor: manager, input: productInput({ standardCost: 777 }) });
    const input = productInput({ standardCost: undefined });
    await updateProduct({ actor: manager, input: asUpdate(id, { ...input, sku: (await db.product.findUniqueOrThrow({ where: { id } })).sku }) });
    expect((await db.product.findUniqueOrThrow({ where: { id }, select: { standardCost: true } })).standardCost).toBe(777);
    const rep = await createActor("sales");
    expect((await findProduct({ actor: rep, id })).standardCost).toBeNull();
    expect((await findProduct({ actor: manager, id })).standardCost).toBe(777);
    await expect(createProduct({ actor: rep, input: productInput() })).rejects.toMatchObject({ name: "AccessDeniedError" });
  });

  it("lists products with the category filter reaching sub-categories, variants only when asked, and on hand summed", async () => {
    const parent = await createCategoryRow();
    const child = await createCategoryRow({ parentId: parent.id });
    const a = await createProduct({ actor: manager, input: productInput({ categoryId: parent.id }) });
    const b = await createProduct({ actor: manager, input: productInput({ categoryId: child.id }) });
    const group = await createProduct({ actor: manager, input: productInput({ categoryId: child.id, kind: "group" }) });
    const variant = await db.product.create({ data: { sku: `${group.id}-V`, nameZh: "v", nameEn: "v", kind: "variant", parentId: group.id, categoryId: child.id }, select: { id: true } });
    const [wh1] = await db.warehouse.findMany({ where: { code: "WH1" }, select: { id: true } });
    const wh2 = await db.warehouse.create({ data: { code: `WH-${a.id.slice(-4)}`, name: "Second" }, select: { id: true } });
    await db.stockLevel.createMany({ data: [{ productId: a.id, warehouseId: wh1.id, onHand: 1500 }, { productId: a.id, warehouseId: wh2.id, onHand: 2250 }, { productId: variant.id, warehouseId: wh1.id, onHand: 4000 }] });

    const list = async (query: Record<string, string>) => (await findProducts({ actor: manager, locale: "en", params: parseTableParams(PRODUCTS_TABLE, { size: "100", ...query }) })).rows;
    const ids = (rows: { id: string }[]) => rows.map((r) => r.id).sort();
    expect(ids(await list({ category: parent.id }))).toEqual([a.id, b.id, group.id].sort());
    expect(ids(await list({ category: parent.id, variants: "show" }))).toEqual([a.id, b.id, group.id, variant.id].sort());
    expect(ids(await list({ category: child.id, kind: "variant" }))).toEqual([variant.id]);
    const rows = await list({ category: parent.id });
    expect(rows.find((r) => r.id === a.id)?.onHand).toBe(3750);
    expect(rows.find((r) => r.id === group.id)?.onHand).toBe(4000);
    const sku = (await db.product.findUniqueOrThrow({ where: { id: b.id } })).sku;
    expect(ids(await list({ q: sku.toLowerCase() }))).toEqual([b.id]);
  });
});
