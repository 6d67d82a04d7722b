import "server-only";
import type { Tx } from "@/lib/db/client";
import { formatQuantity } from "@/lib/domain/quantity";
import { AppError } from "@/lib/errors";
import { refreshPublicAvailability } from "@/lib/public-catalog/refresh-availability";

export type Reservation = { productId: string; quantity: number };

/**
 * Reserves stock for confirmed order lines in one warehouse, inside the caller's transaction:
 * available (on hand − reserved) must cover each quantity unless the product allows backorders.
 * One conditional UPDATE per product checks and reserves atomically, so of many orders racing
 * for the last units only as many succeed as there are units (PostgreSQL re-checks the WHERE
 * against the latest committed row; SQLite runs writers one at a time). Refuses with
 * AppError("stock.unavailable") and writes nothing the caller keeps (the transaction rolls back).
 */
export async function reserveStockInTx(tx: Tx, warehouseId: string, lines: Reservation[]): Promise<void> {
  const totals = sumByProduct(lines);
  for (const [productId, quantity] of totals) {
    if (quantity <= 0) continue;
    await tx.$executeRaw`INSERT INTO "StockLevel" ("productId", "warehouseId", "onHand", "reserved") VALUES (${productId}, ${warehouseId}, 0, 0) ON CONFLICT DO NOTHING`;
    const product = await tx.product.findUnique({ where: { id: productId }, select: { sku: true, nameZh: true, allowBackorder: true } });
    const floor = product?.allowBackorder ? -2_147_483_647 : 0;
    const changed = await tx.$executeRaw`
      UPDATE "StockLevel" SET "reserved" = "reserved" + ${quantity}
      WHERE "productId" = ${productId} AND "warehouseId" = ${warehouseId}
        AND CAST("onHand" AS BIGINT) - "reserved" - ${quantity} >= ${floor}
        AND CAST("reserved" AS BIGINT) + ${quantity} <= 2147483647`;
    if (changed === 1) continue;
    const level = await tx.stockLevel.findUnique({ where: { productId_warehouseId: { productId, warehouseId } }, select: { onHand: true, reserved: true } });
    const warehouse = await tx.warehouse.findUnique({ where: { id: warehouseId }, select: { name: true } });
    throw new AppError(
      "stock.unavailable",
      {
        product: product ? `${product.sku} ${product.nameZh}` : productId,
        warehouse: warehouse?.name ?? warehouseId,
        available: formatQuantity(Math.max(0, (level?.onHand ?? 0) - (level?.reserved ?? 0))),
        needed: formatQuantity(quantity),
      },
      409,
    );
  }
  await refreshPublicAvailability(tx, [...totals.keys()]);
}

/**
 * Gives reserved quantities back (order cancelled, line reduced, or goods delivered — a delivery
 * consumes its reservation). Never takes `reserved` below zero: that would mean a caller released
 * what it had not reserved, a bug, so it throws.
 */
export async function releaseReservationInTx(tx: Tx, warehouseId: string, lines: Reservation[]): Promise<void> {
  const totals = sumByProduct(lines);
  for (const [productId, quantity] of totals) {
    if (quantity <= 0) continue;
    const changed = await tx.$executeRaw`
      UPDATE "StockLevel" SET "reserved" = "reserved" - ${quantity}
      WHERE "productId" = ${productId} AND "warehouseId" = ${warehouseId} AND "reserved" >= ${quantity}`;
    if (changed !== 1) throw new Error(`release of ${quantity} exceeds the reservation of ${productId} in ${warehouseId}`);
  }
  await refreshPublicAvailability(tx, [...totals.keys()]);
}

function sumByProduct(lines: Reservation[]): Map<string, number> {
  const totals = new Map<string, number>();
  for (const l of lines) totals.set(l.productId, (totals.get(l.productId) ?? 0) + l.quantity);
  return totals;
}
