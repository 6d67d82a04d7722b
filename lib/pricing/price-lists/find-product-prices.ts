import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { instantToDay } from "../company-day";

/**
 * A product's prices in every list that has one (for the product page): default list first, then
 * by name; each list with its quantity breaks ascending. Prices are not cost: everyone who may
 * read the catalog may see them.
 */
export async function findProductPrices({ actor, productId }: { actor: Actor; productId: string }) {
  assertCan(actor, "catalog.read");
  const lists = await db.priceList.findMany({
    where: { items: { some: { productId } } },
    orderBy: [{ isDefault: "desc" }, { name: "asc" }, { id: "asc" }],
    select: {
      id: true,
      name: true,
      currencyCode: true,
      taxInclusive: true,
      isDefault: true,
      isPublic: true,
      active: true,
      validFrom: true,
      validTo: true,
      items: { where: { productId }, orderBy: { minQty: "asc" }, select: { id: true, minQty: true, unitPrice: true } },
    },
  });
  return lists.map(({ items, validFrom, validTo, ...list }) => ({ ...list, validFrom: instantToDay(validFrom), validTo: instantToDay(validTo), breaks: items }));
}

export type ProductPriceList = Awaited<ReturnType<typeof findProductPrices>>[number];
