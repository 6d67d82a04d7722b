import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan, can } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { containsText } from "@/lib/db/provider";
import { averageUnitCost } from "@/lib/domain/stock-cost";
import { productCostStates } from "../product-cost-states";

export type StockProductMatch = { id: string; sku: string; name: string; uom: string; uomDecimals: boolean; onHand: number | null; averageCost: number | null };

/**
 * Products a stock line may name (stock-tracked, not a variant group), by SKU or name: exact SKU
 * first, then SKUs starting with the text, then the rest. With a warehouse, each match carries
 * its on-hand there; with cost.read, its current average cost (to prefill a receipt's cost).
 */
export async function searchStockProducts({ actor, q, warehouseId }: { actor: Actor; q: string; warehouseId: string | null }): Promise<StockProductMatch[]> {
  assertCan(actor, "stock.read");
  const text = q.trim().slice(0, 100);
  if (text === "") return [];
  const select = { id: true, sku: true, nameZh: true, nameEn: true, uom: true, uomDecimals: true } as const;
  const upper = text.toUpperCase();
  const base = { stockTracked: true, kind: { not: "group" } };
  // A scanned or typed SKU is found even when 50 other products contain the text.
  const [exact, rows] = await Promise.all([
    db.product.findMany({ where: { ...base, sku: { in: [...new Set([text, upper])] } }, select }),
    db.product.findMany({ where: { ...base, OR: [{ sku: containsText(text) }, { nameEn: containsText(text) }, { nameZh: containsText(text) }] }, orderBy: { sku: "asc" }, take: 50, select }),
  ]);
  for (const p of exact) if (!rows.some((r) => r.id === p.id)) rows.unshift(p);
  const rank = (sku: string) => (sku.toUpperCase() === upper ? 0 : sku.toUpperCase().startsWith(upper) ? 1 : 2);
  const top = rows.sort((a, b) => rank(a.sku) - rank(b.sku) || a.sku.localeCompare(b.sku)).slice(0, 12);
  const ids = top.map((p) => p.id);
  const [levels, states] = await Promise.all([
    warehouseId ? db.stockLevel.findMany({ where: { warehouseId, productId: { in: ids } }, select: { productId: true, onHand: true } }) : Promise.resolve([]),
    can(actor, "cost.read") ? productCostStates(ids) : Promise.resolve(null),
  ]);
  const onHand = new Map(levels.map((l) => [l.productId, l.onHand]));
  return top.map((p) => ({
    id: p.id,
    sku: p.sku,
    name: actor.locale === "zh-CN" ? p.nameZh : p.nameEn,
    uom: p.uom,
    uomDecimals: p.uomDecimals,
    onHand: warehouseId ? (onHand.get(p.id) ?? 0) : null,
    averageCost: states ? averageUnitCost(states.get(p.id) ?? { quantity: 0, value: 0n }) : null,
  }));
}
