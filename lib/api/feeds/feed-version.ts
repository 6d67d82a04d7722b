import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/lib/db/client";
import { companyDay } from "@/lib/pricing/company-day";
import { baseCurrency, priceListIdsFor, type PriceAudience } from "@/lib/public-catalog/load-public-products";
import { PUBLIC_PRODUCT_WHERE } from "@/lib/public-catalog/public-where";

// A feed is streamed, so its ETag cannot hash the bytes before they are sent. Instead it hashes
// everything the bytes depend on, read with a few aggregate queries: the public products and
// their variants (count and latest change: stock level changes and option/image edits touch the
// product row), their images, the audience's price items, the categories, the VAT rates, the
// day (price list validity) and the base currency. Same inputs → same bytes, so it is strong.

const iso = (d: Date | null | undefined) => d?.toISOString() ?? "-";

export async function feedVersion(audience: PriceAudience, extra: string): Promise<string> {
  const listIds = await priceListIdsFor(audience);
  const inPublic = { OR: [PUBLIC_PRODUCT_WHERE, { kind: "variant", status: "active", parent: PUBLIC_PRODUCT_WHERE }] };
  const products = await db.product.aggregate({ where: inPublic, _count: { _all: true }, _max: { updatedAt: true } });
  const images = await db.productImage.aggregate({ where: { product: inPublic }, _count: { _all: true }, _max: { createdAt: true } });
  const prices = listIds.length
    ? await db.priceListItem.aggregate({ where: { priceListId: { in: listIds } }, _count: { _all: true }, _max: { updatedAt: true } })
    : { _count: { _all: 0 }, _max: { updatedAt: null } };
  const lists = await db.priceList.findMany({ where: { id: { in: listIds } }, select: { id: true, updatedAt: true }, orderBy: { id: "asc" } });
  const categories = await db.category.aggregate({ _count: { _all: true }, _max: { updatedAt: true } });
  const vat = await db.vatRate.findMany({ select: { code: true, rateBp: true }, orderBy: { code: "asc" } });
  const parts = [
    extra,
    companyDay(),
    await baseCurrency(),
    `p${products._count._all}@${iso(products._max.updatedAt)}`,
    `i${images._count._all}@${iso(images._max.createdAt)}`,
    `l${prices._count._all}@${iso(prices._max.updatedAt)}`,
    lists.map((l) => `${l.id}@${iso(l.updatedAt)}`).join(","),
    `c${categories._count._all}@${iso(categories._max.updatedAt)}`,
    vat.map((v) => `${v.code}=${v.rateBp}`).join(","),
  ];
  return createHash("sha256").update(parts.join("|")).digest("hex");
}
