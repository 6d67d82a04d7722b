import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { containsText } from "@/lib/db/provider";

/** The product picker on a price list: sellable products (not groups) by SKU or name, at most 20. */
export async function findProductChoices({ actor, q }: { actor: Actor; q: string }) {
  assertCan(actor, "pricing.manage");
  const text = q.trim().slice(0, 100);
  return db.product.findMany({
    where: { AND: [{ kind: { not: "group" } }, text ? { OR: [{ sku: containsText(text) }, { nameZh: containsText(text) }, { nameEn: containsText(text) }] } : {}] },
    orderBy: [{ sku: "asc" }],
    take: 20,
    select: { id: true, sku: true, nameZh: true, nameEn: true, uom: true, uomDecimals: true, status: true },
  });
}

export type ProductChoice = Awaited<ReturnType<typeof findProductChoices>>[number];
