// Test data for catalog integration tests (lib/catalog/**/*.int.test.ts). Rows written straight
// to the database (no audit, no rules) set up the state a test needs; the code under test goes
// through the services.
//
//   await createCompany();                                     // VAT rates, base currency CNY
//   const cat = await createCategoryRow({ nameEn: "Office" });
//   const input = productInput({ sku: "MUG-1", categoryId: cat.id });   // for createProduct
//   const group = await createProductRow({ kind: "group" });
import sharp from "sharp";
import { db } from "@/lib/db/client";
import type { ProductInput } from "@/lib/validation/product";
import { uniqueName } from "./factories";

export async function createCategoryRow(overrides: { nameZh?: string; nameEn?: string; slug?: string; parentId?: string | null; position?: number } = {}) {
  const token = uniqueName("cat");
  return db.category.create({
    data: { nameZh: overrides.nameZh ?? `分类 ${token}`, nameEn: overrides.nameEn ?? `Category ${token}`, slug: overrides.slug ?? token, parentId: overrides.parentId ?? null, position: overrides.position ?? 0 },
    select: { id: true, nameZh: true, nameEn: true, slug: true, parentId: true, position: true },
  });
}

/** A complete, valid createProduct input with a unique SKU. */
export function productInput(overrides: Partial<ProductInput> = {}): ProductInput {
  const sku = uniqueName("SKU").toUpperCase();
  return {
    sku,
    kind: "simple",
    nameZh: `产品 ${sku}`,
    nameEn: `Product ${sku}`,
    descriptionZh: "",
    descriptionEn: "",
    categoryId: null,
    brand: "",
    uom: "EA",
    uomDecimals: false,
    gtin: null,
    mpn: null,
    weightGrams: null,
    lengthMm: null,
    widthMm: null,
    heightMm: null,
    listPrice: 10000,
    standardCost: 6000,
    vatRateCode: "VAT13",
    stockTracked: true,
    allowBackorder: false,
    reorderPoint: null,
    published: false,
    slug: null,
    status: "active",
    configurable: false,
    ...overrides,
  };
}

export async function createProductRow(overrides: { kind?: string; sku?: string; listPrice?: number; categoryId?: string | null; configurable?: boolean; parentId?: string | null } = {}) {
  const sku = overrides.sku ?? uniqueName("SKU").toUpperCase();
  return db.product.create({
    data: {
      sku,
      nameZh: `产品 ${sku}`,
      nameEn: `Product ${sku}`,
      kind: overrides.kind ?? "simple",
      listPrice: overrides.listPrice ?? 10000,
      categoryId: overrides.categoryId ?? null,
      configurable: overrides.configurable ?? false,
      parentId: overrides.parentId ?? null,
    },
    select: { id: true, sku: true, kind: true, listPrice: true },
  });
}

/** A small real PNG (a coloured rectangle) made with sharp. */
export async function pngBytes(width = 40, height = 30, colour = { r: 200, g: 30, b: 30 }): Promise<Uint8Array> {
  return new Uint8Array(await sharp({ create: { width, height, channels: 3, background: colour } }).png().toBuffer());
}
