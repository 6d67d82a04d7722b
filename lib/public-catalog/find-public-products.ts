import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/sqlite/client";
import { containsText } from "@/lib/db/provider";
import { descendantsAndSelf } from "@/lib/domain/team-tree";
import { decodeCursor, encodeCursor, nextUpdatedSince } from "./cursor";
import { loadPublicProducts, priceListIdsFor, PUBLIC_AUDIENCE, type LoadedPublicProduct, type PriceAudience } from "./load-public-products";
import { isPublicRow, IS_PUBLIC_SELECT, PUBLIC_PRODUCT_WHERE, TOMBSTONE_WHERE } from "./public-where";

export class BadCursorError extends Error {
  constructor() {
    super("invalid cursor");
    this.name = "BadCursorError";
  }
}

export type PublicProductQuery = {
  limit: number;
  cursor?: string;
  /** Only products changed at or after this instant, plus tombstones of those no longer public. */
  updatedSince?: Date;
  /** A category slug: products in it and below it. An unknown slug matches nothing. */
  category?: string;
  q?: string;
  audience?: PriceAudience;
};

export type PublicProductPage = {
  items: ({ type: "product"; product: LoadedPublicProduct } | { type: "tombstone"; sku: string; updatedAt: Date })[];
  nextCursor: string | null;
  nextUpdatedSince: string;
};

/** The ids of a category and every category below it; [] for an unknown slug. */
export async function categoryIdsBySlug(slug: string): Promise<string[]> {
  const all = await db.category.findMany({ select: { id: true, parentId: true, slug: true } });
  const root = all.find((c) => c.slug === slug);
  return root ? [...descendantsAndSelf(all, root.id)] : [];
}

/** The latest change to any product (public or not: unpublishing is a change) or audience price. */
async function latestChange(listIds: string[]): Promise<Date | null> {
  const products = await db.product.aggregate({ _max: { updatedAt: true } });
  const prices = listIds.length ? await db.priceListItem.aggregate({ where: { priceListId: { in: listIds } }, _max: { updatedAt: true } }) : null;
  const dates = [products._max.updatedAt, prices?._max.updatedAt].filter((d): d is Date => d instanceof Date);
  return dates.length ? new Date(Math.max(...dates.map((d) => d.getTime()))) : null;
}

/** Changed since: the product, one of its variants, or one of its prices for this audience. */
function changedSince(since: Date, listIds: string[]): Prisma.ProductWhereInput {
  const prices = listIds.length ? [{ priceItems: { some: { priceListId: { in: listIds }, updatedAt: { gte: since } } } }] : [];
  return {
    OR: [
      { updatedAt: { gte: since } },
      { variants: { some: { OR: [{ updatedAt: { gte: since } }, ...prices] } } },
      ...prices,
    ],
  };
}

/**
 * One page of the public product list in id order (see cursor.ts for why), with tombstones of
 * products that were public and no longer are when `updatedSince` is given. Tombstones are not
 * narrowed by category or text: a partner must hear of every removal, and a superset is safe.
 */
export async function findPublicProducts(query: PublicProductQuery): Promise<PublicProductPage> {
  const audience = query.audience ?? PUBLIC_AUDIENCE;
  const state = query.cursor ? decodeCursor(query.cursor) : null;
  if (query.cursor && !state) throw new BadCursorError();
  const listIds = await priceListIdsFor(audience);
  const since = state?.since ?? nextUpdatedSince(await latestChange(listIds));

  const live: Prisma.ProductWhereInput[] = [PUBLIC_PRODUCT_WHERE];
  if (query.category !== undefined) live.push({ categoryId: { in: await categoryIdsBySlug(query.category) } });
  if (query.q) {
    const text = containsText(query.q);
    live.push({ OR: [{ sku: text }, { nameZh: text }, { nameEn: text }, { brand: text }, { gtin: text }, { mpn: text }, { variants: { some: { sku: text } } }] });
  }
  let where: Prisma.ProductWhereInput = { AND: live };
  if (query.updatedSince) {
    const changed = changedSince(query.updatedSince, listIds);
    where = { OR: [{ AND: [...live, changed] }, { AND: [TOMBSTONE_WHERE, { updatedAt: { gte: query.updatedSince } }] }] };
  }
  const rows = await db.product.findMany({
    where: state ? { AND: [where, { id: { gt: state.after } }] } : where,
    orderBy: { id: "asc" },
    take: query.limit + 1,
    select: { id: true, sku: true, updatedAt: true, ...IS_PUBLIC_SELECT },
  });
  const page = rows.slice(0, query.limit);
  const loaded = new Map((await loadPublicProducts(page.filter(isPublicRow).map((r) => r.id), audience)).map((p) => [p.id, p]));
  const items: PublicProductPage["items"] = [];
  for (const row of page) {
    const product = loaded.get(row.id);
    // A product unpublished between the two queries simply turns into a tombstone (or is skipped).
    if (product) items.push({ type: "product", product });
    else if (query.updatedSince) items.push({ type: "tombstone", sku: row.sku, updatedAt: row.updatedAt });
  }
  const last = page.at(-1);
  return {
    items,
    nextCursor: rows.length > query.limit && last ? encodeCursor({ after: last.id, since }) : null,
    nextUpdatedSince: since,
  };
}

/**
 * Every public product in id order, `batch` at a time (feeds, the static export). Holds one
 * batch in memory at a time.
 */
export async function* eachPublicProduct(audience: PriceAudience = PUBLIC_AUDIENCE, batch = 100): AsyncGenerator<LoadedPublicProduct> {
  let after: string | null = null;
  for (;;) {
    const rows: { id: string }[] = await db.product.findMany({
      where: after ? { AND: [PUBLIC_PRODUCT_WHERE, { id: { gt: after } }] } : PUBLIC_PRODUCT_WHERE,
      orderBy: { id: "asc" },
      take: batch,
      select: { id: true },
    });
    if (rows.length === 0) return;
    yield* await loadPublicProducts(rows.map((r) => r.id), audience);
    if (rows.length < batch) return;
    after = rows[rows.length - 1].id;
  }
}
