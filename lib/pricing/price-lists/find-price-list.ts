import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { instantToDay } from "../company-day";

/** One price list's header (not its items), validity as company-zone days. */
export async function findPriceList({ actor, id }: { actor: Actor; id: string }) {
  assertCan(actor, "pricing.manage");
  const list = await db.priceList.findUnique({
    where: { id },
    select: { id: true, name: true, currencyCode: true, taxInclusive: true, validFrom: true, validTo: true, isDefault: true, isPublic: true, active: true, updatedAt: true, _count: { select: { items: true } } },
  });
  if (!list) throw new NotFoundError();
  const { _count, ...header } = list;
  return { ...header, validFrom: instantToDay(list.validFrom), validTo: instantToDay(list.validTo), itemCount: _count.items };
}

export type PriceListDetail = Awaited<ReturnType<typeof findPriceList>>;
