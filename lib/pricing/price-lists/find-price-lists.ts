import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { pageWindow } from "@/lib/table/params";
import { instantToDay } from "../company-day";
import { priceListsOrderBy, priceListsWhere, type PriceListsParams } from "./price-lists-table";

const LIST_SELECT = {
  id: true,
  name: true,
  currencyCode: true,
  taxInclusive: true,
  validFrom: true,
  validTo: true,
  isDefault: true,
  isPublic: true,
  active: true,
  createdAt: true,
  _count: { select: { items: true } },
} as const;

/** One page of price lists with their item counts; validity as company-zone days. */
export async function findPriceLists({ actor, params }: { actor: Actor; params: PriceListsParams }) {
  assertCan(actor, "pricing.manage");
  const where = priceListsWhere(params);
  const total = await db.priceList.count({ where });
  const { page, skip, take } = pageWindow(params, total);
  const rows = await db.priceList.findMany({ where, orderBy: priceListsOrderBy(params), skip, take, select: LIST_SELECT });
  return {
    rows: rows.map(({ _count, validFrom, validTo, ...row }) => ({ ...row, validFrom: instantToDay(validFrom), validTo: instantToDay(validTo), itemCount: _count.items })),
    total,
    page,
  };
}

export type PriceListRow = Awaited<ReturnType<typeof findPriceLists>>["rows"][number];
