import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { crmScope } from "@/lib/crm/crm-scope";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/sqlite/client";
import { CASE_CATEGORIES, lastMonths, nextMonthStart, today, topCounts, type CaseCategory } from "@/lib/domain/service-case";
import { appTimeZone, startOfDay, endOfDayExclusive } from "@/lib/table/day-range";
import { serviceCaseScopeWhere } from "./service-case-values";

export type FaultAnalysisFilters = { from?: string; to?: string; category?: CaseCategory };

export const ANALYSIS_MONTHS = 12;
const TOP_PRODUCTS = 10;

/** The default period: the last 12 calendar months up to today, in the company's zone. */
export function defaultPeriod(now: Date, zone = appTimeZone()): { from: string; to: string } {
  return { from: `${lastMonths(now, ANALYSIS_MONTHS, zone)[0]}-01`, to: today(now, zone) };
}

/**
 * Fault analysis (故障分析) over the cases the actor may see, opened in [from, to]: counts by
 * category, by product (top 10, catalog products and free-text names), by root cause, and by
 * month and category over the 12 months ending with `to`. All counting is done by the database
 * (groupBy on the indexed category/openedAt, productId and rootCause columns).
 */
export async function findFaultAnalysis({ actor, filters, now = new Date() }: { actor: Actor; filters: FaultAnalysisFilters; now?: Date }) {
  const scope = await crmScope(actor);
  const zone = appTimeZone();
  const fallback = defaultPeriod(now, zone);
  const period = { from: filters.from || fallback.from, to: filters.to || fallback.to };
  const opened = { gte: startOfDay(period.from, zone), lt: endOfDayExclusive(period.to, zone) };
  const base: Prisma.ServiceCaseWhereInput[] = [serviceCaseScopeWhere(scope)];
  if (filters.category) base.push({ category: filters.category });
  const where: Prisma.ServiceCaseWhereInput = { AND: [...base, { openedAt: opened }] };

  const byCategoryRows = await db.serviceCase.groupBy({ by: ["category"], where, _count: { _all: true } });
  const byRootCauseRows = await db.serviceCase.groupBy({ by: ["rootCause"], where: { AND: [where, { rootCause: { not: "" } }] }, _count: { _all: true } });
  const catalogRows = await db.serviceCase.groupBy({
    by: ["productId"],
    where: { AND: [where, { productId: { not: null } }] },
    _count: { productId: true },
    orderBy: { _count: { productId: "desc" } },
    take: TOP_PRODUCTS,
  });
  const textRows = await db.serviceCase.groupBy({
    by: ["productText"],
    where: { AND: [where, { productId: null }, { productText: { not: "" } }] },
    _count: { productText: true },
    orderBy: { _count: { productText: "desc" } },
    take: TOP_PRODUCTS,
  });
  const satisfaction = await db.serviceCase.aggregate({ where: { AND: [where, { satisfaction: { not: null } }] }, _avg: { satisfaction: true }, _count: { satisfaction: true } });

  // Bounded: at most TOP_PRODUCTS ids.
  const productIds = catalogRows.map((r) => r.productId).filter((id): id is string => id !== null);
  const products = productIds.length ? await db.product.findMany({ where: { id: { in: productIds } }, select: { id: true, sku: true, nameZh: true, nameEn: true } }) : [];
  const productById = new Map(products.map((p) => [p.id, p]));
  const byProduct = topCounts(
    [
      ...catalogRows.map((r) => ({ key: `id:${r.productId}`, count: r._count.productId })),
      ...textRows.map((r) => ({ key: `text:${r.productText}`, count: r._count.productText })),
    ],
    TOP_PRODUCTS,
  ).map(({ key, count }) => {
    const product = key.startsWith("id:") ? productById.get(key.slice(3)) : undefined;
    return { key, count, product: product ?? null, text: key.startsWith("text:") ? key.slice(5) : "" };
  });

  // Month buckets: one groupBy per month on (category, openedAt), clipped to the period; the
  // months are independent, so PostgreSQL runs them on several pooled connections at once.
  const months = lastMonths(startOfDay(period.to, zone), ANALYSIS_MONTHS, zone);
  const overTime = await Promise.all(
    months.map(async (month) => {
      const range = { gte: maxDate(startOfDay(`${month}-01`, zone), opened.gte), lt: minDate(startOfDay(nextMonthStart(month), zone), opened.lt) };
      const counts = Object.fromEntries(CASE_CATEGORIES.map((c) => [c, 0])) as Record<CaseCategory, number>;
      if (range.gte < range.lt) {
        const rows = await db.serviceCase.groupBy({ by: ["category"], where: { AND: [...base, { openedAt: range }] }, _count: { _all: true } });
        for (const row of rows) if (row.category in counts) counts[row.category as CaseCategory] = row._count._all;
      }
      return { month, counts, total: Object.values(counts).reduce((a, b) => a + b, 0) };
    }),
  );

  const byCategory = CASE_CATEGORIES.map((category) => ({ key: category, count: byCategoryRows.find((r) => r.category === category)?._count._all ?? 0 }));
  return {
    period,
    total: byCategory.reduce((sum, r) => sum + r.count, 0),
    byCategory,
    byRootCause: topCounts(byRootCauseRows.map((r) => ({ key: r.rootCause, count: r._count._all })), 100),
    byProduct,
    overTime,
    satisfaction: { average: satisfaction._avg.satisfaction, count: satisfaction._count.satisfaction },
  };
}

export type FaultAnalysis = Awaited<ReturnType<typeof findFaultAnalysis>>;

const maxDate = (a: Date, b: Date) => (a > b ? a : b);
const minDate = (a: Date, b: Date) => (a < b ? a : b);
