import "server-only";
import type { Tx } from "@/lib/db/client";
import { formatQuantity } from "@/lib/domain/quantity";
import { AppError } from "@/lib/errors";

/** StockLevel.onHand is a 32-bit column on PostgreSQL; we never let it get near the edge. */
export const INT_MAX = 2_147_483_647;

type Change = { productId: string; warehouseId: string; quantity: number; allowNegative: boolean };

/**
 * Adds `quantity` (signed thousandths) to one product's on-hand in one warehouse, inside the
 * caller's transaction, and refuses — without writing — when that would take a product that does
 * not allow backorders below zero.
 *
 * Concurrency-safe without reading first: the row is created if missing with INSERT … ON
 * CONFLICT DO NOTHING (a racing creator makes it a no-op), then ONE conditional UPDATE checks and
 * changes the balance atomically. On PostgreSQL that UPDATE takes the row lock and re-checks its
 * condition against the latest committed value, so of many concurrent takers of the last units
 * only as many succeed as there are units; the affected-row count tells us which. The sum is
 * computed as BIGINT so a huge quantity fails the check instead of overflowing the column.
 */
export async function changeStockLevel(tx: Tx, change: Change, describe: () => { product: string; warehouse: string }): Promise<void> {
  const { productId, warehouseId, quantity } = change;
  const floor = quantity < 0 && !change.allowNegative ? 0 : -INT_MAX;
  await tx.$executeRaw`INSERT INTO "StockLevel" ("productId", "warehouseId", "onHand", "reserved") VALUES (${productId}, ${warehouseId}, 0, 0) ON CONFLICT DO NOTHING`;
  const changed = await tx.$executeRaw`
    UPDATE "StockLevel" SET "onHand" = "onHand" + ${quantity}
    WHERE "productId" = ${productId} AND "warehouseId" = ${warehouseId}
      AND CAST("onHand" AS BIGINT) + ${quantity} >= ${floor}
      AND CAST("onHand" AS BIGINT) + ${quantity} <= ${INT_MAX}`;
  if (changed === 1) return;

  const level = await tx.stockLevel.findUnique({ where: { productId_warehouseId: { productId, warehouseId } }, select: { onHand: true } });
  const onHand = level?.onHand ?? 0;
  const names = describe();
  if (onHand + quantity < floor) {
    throw new AppError("stock.insufficient", { ...names, onHand: formatQuantity(Math.max(0, onHand)), needed: formatQuantity(-quantity) }, 409);
  }
  throw new AppError("stock.tooLarge", names);
}
