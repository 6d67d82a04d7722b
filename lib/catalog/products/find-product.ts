import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan, can } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { PRODUCT_AUDIT_SELECT } from "./product-rules";

const names = { nameZh: true, nameEn: true } as const;

/**
 * Everything the product page shows, in one round of queries: the product with category, VAT
 * rate, parent group, images, variant attributes and variants (for a group), its own variant
 * values (for a variant), option groups, price list prices and stock per warehouse.
 * The standard cost is blanked for people who may not see cost.
 */
export async function findProduct({ actor, id }: { actor: Actor; id: string }) {
  assertCan(actor, "catalog.read");
  const product = await db.product.findUnique({
    where: { id },
    select: {
      ...PRODUCT_AUDIT_SELECT,
      createdAt: true,
      updatedAt: true,
      category: { select: { id: true, ...names } },
      vatRate: { select: { code: true, ...names, rateBp: true } },
      parent: { select: { id: true, sku: true, ...names } },
      images: { select: { id: true, fileName: true, width: true, height: true, altZh: true, altEn: true, position: true }, orderBy: [{ position: "asc" }, { createdAt: "asc" }] },
      attributes: {
        select: { id: true, ...names, position: true, values: { select: { id: true, valueZh: true, valueEn: true, position: true }, orderBy: { position: "asc" } } },
        orderBy: { position: "asc" },
      },
      variantValues: { select: { attributeId: true, value: { select: { valueZh: true, valueEn: true } }, attribute: { select: { ...names, position: true } } } },
      optionGroups: {
        select: {
          id: true,
          code: true,
          ...names,
          required: true,
          multiple: true,
          position: true,
          choices: { select: { id: true, code: true, ...names, priceDelta: true, requiresNote: true, excludes: true, position: true }, orderBy: { position: "asc" } },
        },
        orderBy: { position: "asc" },
      },
      priceItems: {
        select: { id: true, minQty: true, unitPrice: true, priceList: { select: { id: true, name: true, currencyCode: true, taxInclusive: true, isDefault: true, active: true, validFrom: true, validTo: true } } },
        orderBy: [{ priceList: { name: "asc" } }, { minQty: "asc" }],
      },
      stockLevels: { select: { onHand: true, reserved: true, warehouse: { select: { id: true, code: true, name: true, isDefault: true } } }, orderBy: { warehouse: { code: "asc" } } },
    },
  });
  if (!product) throw new NotFoundError();
  const variants = product.kind === "group" ? await findVariants(product.id) : [];
  const showCost = can(actor, "cost.read");
  return { ...product, standardCost: showCost ? product.standardCost : null, variants };
}

export type ProductDetail = Awaited<ReturnType<typeof findProduct>>;

/** A group's variants with their values (by attribute id) and on hand over all warehouses. */
async function findVariants(groupId: string) {
  const variants = await db.product.findMany({
    where: { parentId: groupId },
    select: { id: true, sku: true, ...names, listPrice: true, status: true, published: true, variantValues: { select: { attributeId: true, valueId: true } } },
    orderBy: { sku: "asc" },
  });
  const levels = variants.length ? await db.stockLevel.groupBy({ by: ["productId"], where: { productId: { in: variants.map((v) => v.id) } }, _sum: { onHand: true } }) : [];
  const onHand = new Map(levels.map((l) => [l.productId, l._sum.onHand ?? 0]));
  return variants.map((v) => ({ ...v, values: Object.fromEntries(v.variantValues.map((vv) => [vv.attributeId, vv.valueId])) as Record<string, string>, onHand: onHand.get(v.id) ?? 0 }));
}

/** Active VAT rates for the product form (plus the product's own, even if since deactivated). */
export async function findVatRateOptions({ actor, current }: { actor: Actor; current?: string }) {
  assertCan(actor, "catalog.read");
  return db.vatRate.findMany({
    where: current ? { OR: [{ active: true }, { code: current }] } : { active: true },
    select: { code: true, nameZh: true, nameEn: true, rateBp: true },
    orderBy: [{ position: "asc" }, { code: "asc" }],
  });
}
