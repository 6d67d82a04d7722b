import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { pageWindow } from "@/lib/table/params";

export const RATES_PAGE_SIZE = 30;

/** A currency's dated rates, newest day first, paged. */
export async function findExchangeRates({ actor, currencyCode, page = 1 }: { actor: Actor; currencyCode: string; page?: number }) {
  assertCan(actor, "currency.manage");
  const where = { currencyCode };
  const total = await db.exchangeRate.count({ where });
  const window = pageWindow({ page, size: RATES_PAGE_SIZE }, total);
  const rows = await db.exchangeRate.findMany({
    where,
    orderBy: { rateDate: "desc" },
    skip: window.skip,
    take: window.take,
    select: { id: true, rateDate: true, rate: true, source: true, createdAt: true },
  });
  return { rows, total, page: window.page, pages: Math.max(1, Math.ceil(total / RATES_PAGE_SIZE)) };
}

export type ExchangeRateRow = Awaited<ReturnType<typeof findExchangeRates>>["rows"][number];
