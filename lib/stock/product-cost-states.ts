import "server-only";
import type { Db, Tx } from "@/lib/db/client";
import { db } from "@/lib/db/client";
import { toMinor } from "@/lib/domain/money";
import { averageUnitCost, EMPTY_COST, valueOfQuantity, type CostState } from "@/lib/domain/stock-cost";

/**
 * Quantity and value over all moves of each product (every warehouse): the moving-average state.
 * One grouped query on the StockMove(productId, …) index. `productIds` null means every product.
 */
export async function productCostStates(productIds: string[] | null, client: Db | Tx = db): Promise<Map<string, CostState>> {
  // Bound parameters per statement are capped (Prisma refuses long IN lists on SQLite), so a long
  // id list reads every product's sums in the same one grouped query and keeps what was asked.
  const ids = productIds && productIds.length <= MAX_IN_LIST ? productIds : null;
  const wanted = productIds && !ids ? new Set(productIds) : null;
  const sums = await client.stockMove.groupBy({
    by: ["productId"],
    ...(ids ? { where: { productId: { in: ids } } } : {}),
    _sum: { quantity: true, valueDelta: true },
  });
  const states = new Map<string, CostState>();
  for (const s of sums) {
    if (wanted && !wanted.has(s.productId)) continue;
    states.set(s.productId, { quantity: s._sum.quantity ?? 0, value: BigInt(s._sum.valueDelta ?? 0) });
  }
  return states;
}

const MAX_IN_LIST = 500;

/** Average unit cost and the value of `onHand` of one product, as plain numbers for pages (null: no average). */
export function costFigures(state: CostState | undefined, onHand: number): { averageCost: number | null; value: number | null } {
  const s = state ?? EMPTY_COST;
  const value = valueOfQuantity(s, onHand);
  return { averageCost: averageUnitCost(s), value: value === null ? null : toMinor(value) };
}
