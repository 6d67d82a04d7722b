// Test data for the public catalog and partner API tests. Products go through createProduct /
// updateProduct (so firstPublishedAt is stamped as in the app); stock and prices are rows.
//
//   await createCompany();
//   const admin = await createActor("admin");
//   const p = await createPublicProduct(admin, { price: 12900, available: 5000 });
import { randomUUID } from "node:crypto";
import { generateApiKey } from "@/lib/api/keys/key-format";
import type { Actor } from "@/lib/auth/actor";
import { createProduct } from "@/lib/catalog/products/create-product";
import { updateProduct } from "@/lib/catalog/products/update-product";
import { db } from "@/lib/db/client";
import type { ProductInput } from "@/lib/validation/product";
import { productInput } from "./catalog-factories";
import { uniqueName } from "./factories";

export type PublicProductOptions = Partial<ProductInput> & {
  /** Unit price on the default (public) list, minor units; omitted = no item (price on request). */
  price?: number;
  /** On hand in the default warehouse, thousandths; omitted = no stock row. */
  available?: number;
};

export async function createPublicProduct(actor: Actor, options: PublicProductOptions = {}) {
  const { price, available, ...overrides } = options;
  const base = productInput(overrides);
  const input = { ...base, published: overrides.published ?? true, slug: overrides.slug !== undefined ? overrides.slug : base.sku.toLowerCase() };
  const { id } = await createProduct({ actor, input });
  if (price !== undefined) await setPublicPrice(id, price);
  if (available !== undefined) await setOnHand(id, available);
  return { id, sku: input.sku, slug: input.slug, input };
}

export async function setPublicPrice(productId: string, unitPrice: number) {
  const list = await db.priceList.findFirstOrThrow({ where: { isPublic: true }, select: { id: true } });
  await db.priceListItem.upsert({
    where: { priceListId_productId_minQty: { priceListId: list.id, productId, minQty: 0 } },
    create: { priceListId: list.id, productId, minQty: 0, unitPrice },
    update: { unitPrice },
  });
}

export async function setOnHand(productId: string, onHand: number, reserved = 0) {
  const warehouse = await db.warehouse.findFirstOrThrow({ where: { isDefault: true }, select: { id: true } });
  await db.stockLevel.upsert({
    where: { productId_warehouseId: { productId, warehouseId: warehouse.id } },
    create: { productId, warehouseId: warehouse.id, onHand, reserved },
    update: { onHand, reserved },
  });
}

/** Changes a product through the service (audit, publication stamp) with a few fields. */
export async function editProduct(actor: Actor, productId: string, fields: Partial<ProductInput>) {
  const row = await db.product.findUniqueOrThrow({ where: { id: productId } });
  const { id: _id, createdAt: _c, updatedAt: _u, parentId: _p, kind: _k, firstPublishedAt: _f, publicAvailability: _a, ...current } = row;
  return updateProduct({ actor, input: { id: productId, ...current, ...fields } as Parameters<typeof updateProduct>[0]["input"] });
}

/** A group with one colour axis and a variant per colour, published. */
export async function createPublicGroup(actor: Actor, colours: { en: string; price?: number; available?: number }[], overrides: Partial<ProductInput> = {}) {
  const group = await createPublicProduct(actor, { ...overrides, kind: "group" });
  const attribute = await db.variantAttribute.create({ data: { productId: group.id, nameZh: "颜色", nameEn: "Colour" }, select: { id: true } });
  const variants = [];
  for (const [i, colour] of colours.entries()) {
    const value = await db.variantAttributeValue.create({ data: { attributeId: attribute.id, valueZh: colour.en, valueEn: colour.en, position: i }, select: { id: true } });
    const sku = `${group.sku}-${uniqueName("V").toUpperCase()}`;
    const variant = await db.product.create({
      data: { sku, kind: "variant", parentId: group.id, nameZh: `${group.sku} ${colour.en}`, nameEn: `${group.sku} ${colour.en}`, standardCost: 4321, variantValues: { create: [{ attributeId: attribute.id, valueId: value.id }] } },
      select: { id: true, sku: true },
    });
    if (colour.price !== undefined) await setPublicPrice(variant.id, colour.price);
    if (colour.available !== undefined) await setOnHand(variant.id, colour.available);
    variants.push(variant);
  }
  return { ...group, variants };
}

/** An API key row; returns the plain key to send as `Authorization: Bearer <key>`. */
export async function createApiKeyRow(overrides: { scopes?: string; priceListId?: string | null; rateLimitPerMinute?: number; active?: boolean; revokedAt?: Date | null } = {}) {
  const { key, prefix, secretHash } = generateApiKey();
  const row = await db.apiKey.create({
    data: { name: uniqueName("key"), prefix, secretHash, scopes: overrides.scopes ?? "catalog.read,feeds.read", priceListId: overrides.priceListId ?? null, rateLimitPerMinute: overrides.rateLimitPerMinute ?? 10_000, active: overrides.active ?? true, revokedAt: overrides.revokedAt ?? null },
    select: { id: true },
  });
  return { id: row.id, key };
}

/** A ProductImage row with a valid stored name (no file on disk: the API only links to it). */
export async function createImageRow(productId: string, position = 0) {
  return db.productImage.create({ data: { productId, fileName: `p-${randomUUID()}`, width: 1600, height: 1200, altEn: "Photo", position }, select: { fileName: true } });
}
