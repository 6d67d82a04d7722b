import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/sqlite/client";
import { resolvePrice, type PricingList } from "@/lib/domain/pricing";
import { companyDay } from "@/lib/pricing/company-day";
import { toPricingList } from "@/lib/pricing/price-for";
import { buildCategoryPaths } from "./category-paths";
import { availabilityLevel, type AvailabilityLevel } from "./availability";
import { PUBLIC_PRODUCT_WHERE, PUBLIC_VARIANT_WHERE } from "./public-where";
import type { CategoryNodeSource, ImageSource, PublicProductSource, UnitPrice } from "./to-public-product";

// Loads public products by id with everything the public model needs, in a fixed number of
// queries per page (never one per product). Only public columns are selected: no cost, no
// stock numbers leave this file (they become an availability level here).

/**
 * Whose prices: anonymous visitors see the public price list only (no item → price on request);
 * a partner key with a price list sees prices the way quotes do (lib/domain/pricing: the
 * partner list, else the default list, else the product's list price).
 */
export type PriceAudience = { kind: "public" } | { kind: "partner"; priceListId: string | null };

export const PUBLIC_AUDIENCE: PriceAudience = { kind: "public" };

/** Prisma refuses very long IN lists: every id list is queried in slices of this size. */
const SLICE = 400;

async function inSlices<T>(ids: string[], load: (slice: string[]) => Promise<T[]>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < ids.length; i += SLICE) out.push(...(await load(ids.slice(i, i + SLICE))));
  return out;
}

const IMAGE_SELECT = { select: { fileName: true, width: true, height: true, altZh: true, altEn: true }, orderBy: [{ position: "asc" }, { id: "asc" }] } satisfies Prisma.Product$imagesArgs;
const STOCK_FACTS = { stockTracked: true, allowBackorder: true, reorderPoint: true, listPrice: true } satisfies Prisma.ProductSelect;

const PRODUCT_SELECT = {
  id: true,
  sku: true,
  slug: true,
  kind: true,
  nameZh: true,
  nameEn: true,
  descriptionZh: true,
  descriptionEn: true,
  categoryId: true,
  brand: true,
  gtin: true,
  mpn: true,
  uom: true,
  weightGrams: true,
  lengthMm: true,
  widthMm: true,
  heightMm: true,
  configurable: true,
  updatedAt: true,
  ...STOCK_FACTS,
  vatRate: { select: { rateBp: true } },
  images: IMAGE_SELECT,
  attributes: { select: { id: true, nameZh: true, nameEn: true }, orderBy: [{ position: "asc" }, { id: "asc" }] },
  optionGroups: {
    select: {
      code: true,
      nameZh: true,
      nameEn: true,
      required: true,
      multiple: true,
      choices: { select: { code: true, nameZh: true, nameEn: true, priceDelta: true, requiresNote: true, excludes: true }, orderBy: [{ position: "asc" }, { id: "asc" }] },
    },
    orderBy: [{ position: "asc" }, { id: "asc" }],
  },
  variants: {
    where: PUBLIC_VARIANT_WHERE,
    select: {
      id: true,
      sku: true,
      nameZh: true,
      nameEn: true,
      gtin: true,
      mpn: true,
      updatedAt: true,
      ...STOCK_FACTS,
      images: IMAGE_SELECT,
      variantValues: { select: { attributeId: true, value: { select: { valueZh: true, valueEn: true } } } },
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  },
} satisfies Prisma.ProductSelect;

type PriceListRow = { id: string; currencyCode: string; taxInclusive: boolean; active: boolean; validFrom: Date | null; validTo: Date | null };
const LIST_SELECT = { id: true, currencyCode: true, taxInclusive: true, active: true, validFrom: true, validTo: true } as const;

/** The price lists an audience's prices come from: [primary, fallback]. */
async function listsFor(audience: PriceAudience): Promise<{ primary: PriceListRow | null; fallback: PriceListRow | null }> {
  if (audience.kind === "public") {
    // Several public lists would be ambiguous: the oldest active one wins, always the same one.
    const primary = await db.priceList.findFirst({ where: { isPublic: true, active: true }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: LIST_SELECT });
    return { primary, fallback: null };
  }
  const primary = audience.priceListId ? await db.priceList.findUnique({ where: { id: audience.priceListId }, select: LIST_SELECT }) : null;
  const fallback = await db.priceList.findFirst({ where: { isDefault: true }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: LIST_SELECT });
  return { primary, fallback };
}

/** The ids of the price lists an audience's prices come from (for "changed since" checks). */
export async function priceListIdsFor(audience: PriceAudience): Promise<string[]> {
  const { primary, fallback } = await listsFor(audience);
  return [primary?.id, fallback?.id].filter((id): id is string => Boolean(id));
}

type Pricer = (product: { id: string; listPrice: number }, vatRateBp: number) => { price: UnitPrice | null; changedAt: Date | null };

async function pricerFor(audience: PriceAudience, productIds: string[]): Promise<Pricer> {
  const { primary, fallback } = await listsFor(audience);
  const listIds = [primary?.id, fallback?.id].filter((id): id is string => Boolean(id));
  const items = listIds.length
    ? await inSlices(productIds, (slice) =>
        db.priceListItem.findMany({ where: { priceListId: { in: listIds }, productId: { in: slice } }, select: { priceListId: true, productId: true, minQty: true, unitPrice: true, updatedAt: true } }),
      )
    : [];
  const byKey = new Map<string, typeof items>();
  for (const item of items) {
    const key = `${item.priceListId}:${item.productId}`;
    byKey.set(key, [...(byKey.get(key) ?? []), item]);
  }
  const base = await baseCurrency();
  const date = companyDay();
  const toList = (row: PriceListRow | null, productId: string): PricingList | null => row && toPricingList({ ...row, items: byKey.get(`${row.id}:${productId}`) ?? [] });
  return (product, vatRateBp) => {
    const own = [...(primary ? (byKey.get(`${primary.id}:${product.id}`) ?? []) : []), ...(fallback ? (byKey.get(`${fallback.id}:${product.id}`) ?? []) : [])];
    const changedAt = own.reduce<Date | null>((max, i) => (max === null || i.updatedAt > max ? i.updatedAt : max), null);
    const resolved = resolvePrice({
      product: { listPrice: product.listPrice, vatRateBp },
      // Anonymous: the public list takes the default list's place, and the list price is never shown.
      customerList: audience.kind === "partner" ? toList(primary, product.id) : null,
      defaultList: audience.kind === "partner" ? toList(fallback, product.id) : toList(primary, product.id),
      qty: 1000,
      date,
      baseCurrency: base,
    });
    if (audience.kind === "public" && resolved.source === "listPrice") return { price: null, changedAt };
    return { price: { unitPrice: resolved.unitPrice, currency: resolved.currency, taxInclusive: resolved.taxInclusive }, changedAt };
  };
}

/** Available stock (on hand − reserved over all warehouses) per product, in thousandths. */
async function availableStock(productIds: string[]): Promise<Map<string, number>> {
  const rows = await inSlices(productIds, (slice) =>
    db.stockLevel.groupBy({ by: ["productId"], where: { productId: { in: slice } }, _sum: { onHand: true, reserved: true } }),
  );
  return new Map(rows.map((r) => [r.productId, (r._sum.onHand ?? 0) - (r._sum.reserved ?? 0)]));
}

/** Every category's path from the root (categories are few: one query for all). */
export async function loadCategoryPaths(): Promise<Map<string, CategoryNodeSource[]>> {
  return buildCategoryPaths(await db.category.findMany({ select: { id: true, parentId: true, slug: true, nameZh: true, nameEn: true } }));
}

const toImages = (images: ImageSource[]): ImageSource[] => images.map(({ fileName, width, height, altZh, altEn }) => ({ fileName, width, height, altZh, altEn }));

export type LoadedPublicProduct = PublicProductSource & { id: string };

/**
 * The public products among `ids`, in the order of `ids` (ids that are not public are left out).
 * `updatedAt` is the latest change of the product, its variants or their prices for the audience.
 */
export async function loadPublicProducts(ids: string[], audience: PriceAudience = PUBLIC_AUDIENCE): Promise<LoadedPublicProduct[]> {
  if (ids.length === 0) return [];
  const rows = await inSlices(ids, (slice) => db.product.findMany({ where: { id: { in: slice }, ...PUBLIC_PRODUCT_WHERE }, select: PRODUCT_SELECT }));
  const sellable = rows.flatMap((r) => (r.kind === "group" ? r.variants.map((v) => v.id) : [r.id]));
  const [stock, pricer, categoryPaths] = [await availableStock(sellable), await pricerFor(audience, sellable), await loadCategoryPaths()];
  const level = (p: { id: string; stockTracked: boolean; allowBackorder: boolean; reorderPoint: number | null }): AvailabilityLevel =>
    availabilityLevel({ stockTracked: p.stockTracked, allowBackorder: p.allowBackorder, reorderPoint: p.reorderPoint, available: stock.get(p.id) ?? 0 });
  const latest = (dates: (Date | null)[]) => dates.reduce<Date>((max, d) => (d && d > max ? d : max), new Date(0));

  const byId = new Map(
    rows.map((r) => {
      const vatRateBp = r.vatRate.rateBp;
      const own = r.kind === "group" ? { price: null, changedAt: null } : pricer(r, vatRateBp);
      const attributeNames = new Map(r.attributes.map((a) => [a.id, a]));
      const order = new Map(r.attributes.map((a, i) => [a.id, i]));
      const variants = r.kind === "group" ? r.variants : [];
      const variantPrices = variants.map((v) => pricer(v, vatRateBp));
      const loaded: LoadedPublicProduct = {
        id: r.id,
        sku: r.sku,
        slug: r.slug ?? "",
        kind: r.kind === "group" ? "group" : "simple",
        nameZh: r.nameZh,
        nameEn: r.nameEn,
        descriptionZh: r.descriptionZh,
        descriptionEn: r.descriptionEn,
        categoryPath: r.categoryId ? (categoryPaths.get(r.categoryId) ?? []) : [],
        brand: r.brand,
        gtin: r.gtin,
        mpn: r.mpn,
        uom: r.uom,
        weightGrams: r.weightGrams,
        lengthMm: r.lengthMm,
        widthMm: r.widthMm,
        heightMm: r.heightMm,
        vatRateBp,
        configurable: r.configurable,
        images: toImages(r.images),
        price: own.price,
        availability: level(r),
        attributes: r.attributes.map((a) => ({ nameZh: a.nameZh, nameEn: a.nameEn })),
        variants: variants.map((v, i) => ({
          sku: v.sku,
          nameZh: v.nameZh,
          nameEn: v.nameEn,
          gtin: v.gtin,
          mpn: v.mpn,
          values: [...v.variantValues]
            .sort((a, b) => (order.get(a.attributeId) ?? 0) - (order.get(b.attributeId) ?? 0))
            .map((x) => ({ attributeZh: attributeNames.get(x.attributeId)?.nameZh ?? "", attributeEn: attributeNames.get(x.attributeId)?.nameEn ?? "", valueZh: x.value.valueZh, valueEn: x.value.valueEn })),
          price: variantPrices[i].price,
          availability: level(v),
          images: toImages(v.images),
        })),
        optionGroups: r.optionGroups,
        updatedAt: latest([r.updatedAt, own.changedAt, ...variants.map((v) => v.updatedAt), ...variantPrices.map((p) => p.changedAt)]),
      };
      return [r.id, loaded] as const;
    }),
  );
  return ids.map((id) => byId.get(id)).filter((p): p is LoadedPublicProduct => Boolean(p));
}

/** The company's base currency (option deltas are stored in it). */
export async function baseCurrency(): Promise<string> {
  const company = await db.company.findUnique({ where: { id: "company" }, select: { baseCurrency: true } });
  return company?.baseCurrency ?? "CNY";
}
