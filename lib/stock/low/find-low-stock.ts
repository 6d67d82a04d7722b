import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/sqlite/client";
import { containsText } from "@/lib/db/provider";
import { defineTable, filter, pageWindow, type TableParams } from "@/lib/table/params";
import { categoryWithDescendants } from "../find-stock-filter-options";

export const LOW_STOCK_TABLE = defineTable({
  sortable: ["shortfall", "sku", "name"],
  defaultSort: "shortfall",
  defaultDir: "desc",
  defaultSize: 50,
  filters: { category: filter.id() },
});

export type LowStockParams = TableParams<(typeof LOW_STOCK_TABLE.sortable)[number], typeof LOW_STOCK_TABLE.filters>;

export type LowStockRow = { id: string; sku: string; name: string; uom: string; reorderPoint: number; onHand: number; reserved: number; available: number; shortfall: number };

/**
 * Active stock-tracked products whose total available (on hand − reserved, over all warehouses)
 * is below their reorder point. Products with a reorder point are few and the levels are summed
 * in one grouped query, so the comparison and ordering happen here rather than in dialect SQL.
 */
export async function findLowStock({ actor, params }: { actor: Actor; params: LowStockParams }) {
  assertCan(actor, "stock.read");
  const and: Prisma.ProductWhereInput[] = [{ reorderPoint: { not: null } }, { stockTracked: true }, { kind: { not: "group" } }, { status: "active" }];
  if (params.filters.category) and.push({ categoryId: { in: await categoryWithDescendants(params.filters.category) } });
  if (params.q) and.push({ OR: [{ sku: containsText(params.q) }, { nameEn: containsText(params.q) }, { nameZh: containsText(params.q) }] });
  const products = await db.product.findMany({ where: { AND: and }, select: { id: true, sku: true, nameZh: true, nameEn: true, uom: true, reorderPoint: true } });
  const sums = await db.stockLevel.groupBy({ by: ["productId"], where: { productId: { in: products.map((p) => p.id) } }, _sum: { onHand: true, reserved: true } });
  const byId = new Map(sums.map((s) => [s.productId, { onHand: s._sum.onHand ?? 0, reserved: s._sum.reserved ?? 0 }]));

  const zh = actor.locale === "zh-CN";
  const low: LowStockRow[] = [];
  for (const p of products) {
    const level = byId.get(p.id) ?? { onHand: 0, reserved: 0 };
    const available = level.onHand - level.reserved;
    const reorderPoint = p.reorderPoint ?? 0;
    if (available < reorderPoint) low.push({ id: p.id, sku: p.sku, name: zh ? p.nameZh : p.nameEn, uom: p.uom, reorderPoint, ...level, available, shortfall: reorderPoint - available });
  }
  const sign = params.dir === "asc" ? 1 : -1;
  const key = (r: LowStockRow) => (params.sort === "shortfall" ? r.shortfall : params.sort === "sku" ? r.sku : r.name);
  low.sort((a, b) => {
    const x = key(a);
    const y = key(b);
    const c = typeof x === "number" && typeof y === "number" ? x - y : String(x).localeCompare(String(y), actor.locale);
    return c !== 0 ? sign * c : a.sku.localeCompare(b.sku);
  });
  const { page, skip, take } = pageWindow(params, low.length);
  return { rows: low.slice(skip, skip + take), total: low.length, page };
}
