import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/sqlite/client";
import { containsText } from "@/lib/db/provider";
import { pageWindow } from "@/lib/table/params";

export const ITEMS_PAGE_SIZE = 25;

function productWhere(priceListId: string, q: string): Prisma.ProductWhereInput {
  const and: Prisma.ProductWhereInput[] = [{ priceItems: { some: { priceListId } } }];
  if (q) and.push({ OR: [{ sku: containsText(q) }, { nameZh: containsText(q) }, { nameEn: containsText(q) }] });
  return { AND: and };
}

/**
 * A list's items grouped by product (paged by product, SKU order), each product with its
 * quantity breaks in ascending order: how people read a price list.
 */
export async function findPriceListItems({ actor, priceListId, q = "", page = 1, size = ITEMS_PAGE_SIZE }: { actor: Actor; priceListId: string; q?: string; page?: number; size?: number }) {
  assertCan(actor, "pricing.manage");
  const where = productWhere(priceListId, q.trim().slice(0, 100));
  const total = await db.product.count({ where });
  const window = pageWindow({ page, size }, total);
  const products = await db.product.findMany({
    where,
    orderBy: [{ sku: "asc" }, { id: "asc" }],
    skip: window.skip,
    take: window.take,
    select: {
      id: true,
      sku: true,
      nameZh: true,
      nameEn: true,
      uom: true,
      uomDecimals: true,
      listPrice: true,
      priceItems: { where: { priceListId }, orderBy: { minQty: "asc" }, select: { id: true, minQty: true, unitPrice: true, updatedAt: true } },
    },
  });
  return { products, total, page: window.page, pages: Math.max(1, Math.ceil(total / size)) };
}

export type PriceListProductGroup = Awaited<ReturnType<typeof findPriceListItems>>["products"][number];

/** Every item of a list for the CSV export, in id-ordered keyset batches. */
export async function findPriceListItemsBatch({ actor, priceListId, cursor, take }: { actor: Actor; priceListId: string; cursor: string | null; take: number }) {
  assertCan(actor, "pricing.manage");
  return db.priceListItem.findMany({
    where: cursor ? { priceListId, id: { gt: cursor } } : { priceListId },
    orderBy: { id: "asc" },
    take,
    select: { id: true, minQty: true, unitPrice: true, updatedAt: true, product: { select: { sku: true, nameZh: true, nameEn: true, uom: true } } },
  });
}

export type PriceListItemExportRow = Awaited<ReturnType<typeof findPriceListItemsBatch>>[number];
