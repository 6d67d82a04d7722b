import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan, can } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { toMinor } from "@/lib/domain/money";
import { pageWindow } from "@/lib/table/params";
import { categoryWithDescendants } from "../find-stock-filter-options";
import { costFigures, productCostStates } from "../product-cost-states";
import { balancesOrderBy, balancesWhere, type BalancesParams } from "./balances-table";

const LEVEL_SELECT = {
  productId: true,
  warehouseId: true,
  onHand: true,
  reserved: true,
  product: { select: { sku: true, nameZh: true, nameEn: true, uom: true } },
  warehouse: { select: { code: true, name: true } },
} as const;

export type BalanceRow = {
  /** productId:warehouseId — the row key and the CSV export's keyset cursor. */
  id: string;
  productId: string;
  sku: string;
  name: string;
  uom: string;
  warehouseId: string;
  warehouse: string;
  onHand: number;
  reserved: number;
  available: number;
  /** Only for actors with cost.read; null otherwise or when there is no average. */
  averageCost: number | null;
  value: number | null;
};

type Level = { productId: string; warehouseId: string; onHand: number; reserved: number; product: { sku: string; nameZh: string; nameEn: string; uom: string }; warehouse: { code: string; name: string } };

async function toRows(actor: Actor, levels: Level[]): Promise<BalanceRow[]> {
  // Sales never see cost: the figures are not even computed for them.
  const showCost = can(actor, "cost.read");
  const states = showCost ? await productCostStates([...new Set(levels.map((l) => l.productId))]) : null;
  return levels.map((l) => {
    const cost = states ? costFigures(states.get(l.productId), l.onHand) : { averageCost: null, value: null };
    return {
      id: `${l.productId}:${l.warehouseId}`,
      productId: l.productId,
      sku: l.product.sku,
      name: actor.locale === "zh-CN" ? l.product.nameZh : l.product.nameEn,
      uom: l.product.uom,
      warehouseId: l.warehouseId,
      warehouse: l.warehouse.code,
      onHand: l.onHand,
      reserved: l.reserved,
      available: l.onHand - l.reserved,
      ...cost,
    };
  });
}

async function whereFor(params: BalancesParams) {
  const categoryIds = params.filters.category ? await categoryWithDescendants(params.filters.category) : null;
  return balancesWhere(params, categoryIds);
}

/** One page of balances: one count, one page query, one grouped cost query for the page's products. */
export async function findStockBalances({ actor, params }: { actor: Actor; params: BalancesParams }) {
  assertCan(actor, "stock.read");
  const where = await whereFor(params);
  const total = await db.stockLevel.count({ where });
  const { page, skip, take } = pageWindow(params, total);
  const levels = await db.stockLevel.findMany({ where, orderBy: balancesOrderBy(params, actor.locale), skip, take, select: LEVEL_SELECT });
  return { rows: await toRows(actor, levels), total, page };
}

/** The same filter for the CSV export, in (productId, warehouseId) keyset batches. */
export async function findStockBalancesBatch({ actor, params, cursor, take }: { actor: Actor; params: BalancesParams; cursor: string | null; take: number }) {
  assertCan(actor, "stock.read");
  const filtered = await whereFor(params);
  const [p, w] = cursor ? cursor.split(":") : [];
  const where = p && w ? { AND: [filtered, { OR: [{ productId: { gt: p } }, { productId: p, warehouseId: { gt: w } }] }] } : filtered;
  const levels = await db.stockLevel.findMany({ where, orderBy: [{ productId: "asc" }, { warehouseId: "asc" }], take, select: LEVEL_SELECT });
  return toRows(actor, levels);
}

export type WarehouseTotal = { warehouseId: string; code: string; name: string; products: number; value: number | null };

/**
 * Per warehouse, under the list's filters: how many products have stock there and (cost.read)
 * what it is worth at each product's average. Reads the filtered levels' quantities only.
 */
export async function findWarehouseTotals({ actor, params }: { actor: Actor; params: BalancesParams }): Promise<WarehouseTotal[]> {
  assertCan(actor, "stock.read");
  const where = await whereFor(params);
  const showCost = can(actor, "cost.read");
  const [warehouses, levels] = await Promise.all([
    db.warehouse.findMany({ orderBy: [{ isDefault: "desc" }, { code: "asc" }], select: { id: true, code: true, name: true, active: true } }),
    db.stockLevel.findMany({ where: { AND: [where, { onHand: { not: 0 } }] }, select: { productId: true, warehouseId: true, onHand: true } }),
  ]);
  const states = showCost ? await productCostStates([...new Set(levels.map((l) => l.productId))]) : null;
  const totals = new Map(warehouses.map((w) => [w.id, { products: 0, value: 0n }]));
  for (const l of levels) {
    const t = totals.get(l.warehouseId);
    if (!t) continue;
    if (l.onHand > 0) t.products += 1;
    if (states) {
      // A level without an average (nothing valued yet) adds nothing.
      t.value += BigInt(costFigures(states.get(l.productId), l.onHand).value ?? 0);
    }
  }
  return warehouses
    .filter((w) => w.active || (totals.get(w.id)?.products ?? 0) > 0)
    .map((w) => {
      const t = totals.get(w.id)!;
      return { warehouseId: w.id, code: w.code, name: w.name, products: t.products, value: showCost ? toMinor(t.value) : null };
    });
}
