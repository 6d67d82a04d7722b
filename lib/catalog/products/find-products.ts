import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan, can } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/locales";
import { pageWindow } from "@/lib/table/params";
import { categoryAndDescendantIds } from "@/lib/catalog/categories/find-categories";
import { productsOrderBy, productsWhere, type ProductsParams } from "./products-table";

const PRODUCT_LIST_SELECT = {
  id: true,
  sku: true,
  kind: true,
  parentId: true,
  nameZh: true,
  nameEn: true,
  brand: true,
  uom: true,
  gtin: true,
  listPrice: true,
  standardCost: true,
  status: true,
  published: true,
  configurable: true,
  updatedAt: true,
  category: { select: { id: true, nameZh: true, nameEn: true } },
} as const;

export type ProductListRow = {
  id: string;
  sku: string;
  kind: string;
  parentId: string | null;
  nameZh: string;
  nameEn: string;
  brand: string;
  uom: string;
  gtin: string | null;
  listPrice: number;
  /** Null for people who may not see cost. */
  standardCost: number | null;
  status: string;
  published: boolean;
  configurable: boolean;
  updatedAt: Date;
  category: { id: string; nameZh: string; nameEn: string } | null;
  /** Thousandths, summed over warehouses; for a group, over its variants. */
  onHand: number;
};

type RawRow = Omit<ProductListRow, "onHand">;

/**
 * On hand for a page of rows in two grouped queries: the rows' own stock levels, and for
 * groups the levels of their variants (a group holds no stock itself).
 */
async function withOnHand(rows: RawRow[], showCost: boolean): Promise<ProductListRow[]> {
  const groupIds = rows.filter((r) => r.kind === "group").map((r) => r.id);
  const variants = groupIds.length ? await db.product.findMany({ where: { parentId: { in: groupIds } }, select: { id: true, parentId: true } }) : [];
  const ids = [...rows.map((r) => r.id), ...variants.map((v) => v.id)];
  const levels = ids.length ? await db.stockLevel.groupBy({ by: ["productId"], where: { productId: { in: ids } }, _sum: { onHand: true } }) : [];
  const own = new Map(levels.map((l) => [l.productId, l._sum.onHand ?? 0]));
  const ofGroup = new Map<string, number>();
  for (const v of variants) ofGroup.set(v.parentId!, (ofGroup.get(v.parentId!) ?? 0) + (own.get(v.id) ?? 0));
  return rows.map((r) => ({ ...r, standardCost: showCost ? r.standardCost : null, onHand: r.kind === "group" ? (ofGroup.get(r.id) ?? 0) : (own.get(r.id) ?? 0) }));
}

async function resolveCategory(params: ProductsParams): Promise<string[] | null> {
  return params.filters.category ? categoryAndDescendantIds(params.filters.category) : null;
}

/** One page of the products list: one count, one page query and two grouped stock queries. */
export async function findProducts({ actor, params, locale }: { actor: Actor; params: ProductsParams; locale: Locale }) {
  assertCan(actor, "catalog.read");
  const where = productsWhere(params, await resolveCategory(params));
  const total = await db.product.count({ where });
  const { page, skip, take } = pageWindow(params, total);
  const rows = await db.product.findMany({ where, orderBy: productsOrderBy(params, locale), skip, take, select: PRODUCT_LIST_SELECT });
  return { rows: await withOnHand(rows, can(actor, "cost.read")), total, page };
}

/** The same filter for the CSV export, read in id-ordered keyset batches. */
export async function findProductsBatch({ actor, params, cursor, take }: { actor: Actor; params: ProductsParams; cursor: string | null; take: number }) {
  assertCan(actor, "catalog.read");
  const filtered = productsWhere(params, await resolveCategory(params));
  const where = cursor ? { AND: [filtered, { id: { gt: cursor } }] } : filtered;
  const rows = await db.product.findMany({ where, orderBy: { id: "asc" }, take, select: PRODUCT_LIST_SELECT });
  return withOnHand(rows, can(actor, "cost.read"));
}

/** Distinct brands, for the list's brand filter. */
export async function findBrands({ actor }: { actor: Actor }): Promise<string[]> {
  assertCan(actor, "catalog.read");
  const rows = await db.product.findMany({ where: { brand: { not: "" } }, distinct: ["brand"], select: { brand: true }, orderBy: { brand: "asc" }, take: 500 });
  return rows.map((r) => r.brand);
}
