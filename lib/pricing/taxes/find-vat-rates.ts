import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";

/** Every VAT rate with how many products use it (a used rate can only be deactivated). */
export async function findVatRates({ actor }: { actor: Actor }) {
  assertCan(actor, "pricing.manage");
  const rates = await db.vatRate.findMany({
    orderBy: [{ position: "asc" }, { code: "asc" }],
    select: { code: true, nameZh: true, nameEn: true, rateBp: true, categoryCode: true, active: true, position: true, _count: { select: { products: true } } },
  });
  return rates.map(({ _count, ...r }) => ({ ...r, productCount: _count.products }));
}

export type VatRateRow = Awaited<ReturnType<typeof findVatRates>>[number];
