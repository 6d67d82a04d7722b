import "server-only";
import type { Tx } from "@/lib/db/client";
import { releaseReservationInTx, reserveStockInTx } from "@/lib/stock/reserve-stock";
import { adjustOrderLineInTx } from "./adjust-order-line";

type Line = { id: string; productId: string | null; stockTracked: boolean; reservedQty: number };

/**
 * Moves the reservation of order lines to `target` each (thousandths): what a confirmed line still
 * has to deliver. Releases first, then reserves, so a line that shrinks frees stock before any
 * line asks for more; every change goes through the stock level's conditional UPDATE and the
 * line ledger (reservedQty), in the caller's transaction.
 */
export async function setReservationsInTx(tx: Tx, warehouseId: string, lines: { line: Line; target: number }[]): Promise<void> {
  const reservable = lines.filter(({ line }) => line.productId && line.stockTracked);
  const release = reservable.filter(({ line, target }) => target < line.reservedQty);
  const reserve = reservable.filter(({ line, target }) => target > line.reservedQty);
  if (release.length) {
    await releaseReservationInTx(tx, warehouseId, release.map(({ line, target }) => ({ productId: line.productId as string, quantity: line.reservedQty - target })));
    for (const { line, target } of release) await adjustOrderLineInTx(tx, line.id, "reservedQty", target - line.reservedQty);
  }
  if (reserve.length) {
    await reserveStockInTx(tx, warehouseId, reserve.map(({ line, target }) => ({ productId: line.productId as string, quantity: target - line.reservedQty })));
    for (const { line, target } of reserve) await adjustOrderLineInTx(tx, line.id, "reservedQty", target - line.reservedQty);
  }
}

/** What a line should hold reserved: ordered − cancelled − delivered, for stock-tracked products. */
export function reservationTarget(line: { productId: string | null; stockTracked: boolean; quantity: number; cancelledQty: number; deliveredQty: number }): number {
  return line.productId && line.stockTracked ? Math.max(0, line.quantity - line.cancelledQty - line.deliveredQty) : 0;
}
