import "server-only";
import { Prisma } from "@/lib/db/generated/sqlite/client";
import type { Tx } from "@/lib/db/client";
import { deliveryStatus, invoiceStatus } from "@/lib/domain/order-status";
import { AppError } from "@/lib/errors";

export type LedgerField = "deliveredQty" | "returnedQty" | "invoicedQty" | "creditedQty" | "cancelledQty" | "reservedQty";

// The condition each field must satisfy AFTER the change, in SQL over the row's own columns
// (`v` is the new value, `<field> + delta`). Column names are ours, never input.
const GUARD: Record<LedgerField, (v: Prisma.Sql) => Prisma.Sql> = {
  // Not more than ordered − cancelled, and never below what has come back.
  deliveredQty: (v) => Prisma.sql`${v} >= 0 AND ${v} <= "quantity" - "cancelledQty" AND ${v} >= "returnedQty"`,
  // Only what was delivered can come back.
  returnedQty: (v) => Prisma.sql`${v} >= 0 AND ${v} <= "deliveredQty"`,
  // Net invoiced never exceeds what the customer keeps (services and prepaid goods may be
  // invoiced before delivery, so the bound is the order, not the deliveries).
  invoicedQty: (v) => Prisma.sql`${v} >= "creditedQty" AND ${v} - "creditedQty" <= "quantity" - "cancelledQty" - "returnedQty"`,
  // Only what was invoiced can be credited.
  creditedQty: (v) => Prisma.sql`${v} >= 0 AND ${v} <= "invoicedQty"`,
  // Only what is not delivered can be cancelled.
  cancelledQty: (v) => Prisma.sql`${v} >= 0 AND ${v} <= "quantity" - "deliveredQty"`,
  reservedQty: (v) => Prisma.sql`${v} >= 0 AND ${v} <= "quantity"`,
};

/**
 * Moves one quantity of an order line by `delta` (thousandths, signed) inside the caller's
 * transaction, with ONE conditional UPDATE that checks the line's rule against the latest
 * committed row: two deliveries or invoices racing for the same open quantity cannot both pass.
 * A refused change throws AppError("orders.quantityExceeded") and the caller's transaction
 * rolls back. Call refreshOrderStatusInTx once after the last line of a document.
 */
export async function adjustOrderLineInTx(tx: Tx, orderLineId: string, field: LedgerField, delta: number): Promise<void> {
  if (!Number.isSafeInteger(delta)) throw new Error(`bad delta ${delta}`);
  if (delta === 0) return;
  const column = Prisma.raw(`"${field}"`);
  const next = Prisma.sql`(${column} + ${delta})`;
  const changed = await tx.$executeRaw(Prisma.sql`UPDATE "SalesOrderLine" SET ${column} = ${column} + ${delta} WHERE "id" = ${orderLineId} AND ${GUARD[field](next)}`);
  if (changed === 1) return;
  const line = await tx.salesOrderLine.findUnique({ where: { id: orderLineId }, select: { description: true, position: true } });
  if (!line) throw new Error(`order line ${orderLineId} not found`);
  throw new AppError("orders.quantityExceeded", { line: line.position + 1, description: line.description }, 409);
}

/** Re-derives the order's delivery and invoice status from its lines (kept for lists). */
export async function refreshOrderStatusInTx(tx: Tx, orderId: string): Promise<void> {
  const lines = await tx.salesOrderLine.findMany({
    where: { orderId },
    select: { quantity: true, deliveredQty: true, returnedQty: true, invoicedQty: true, creditedQty: true, cancelledQty: true, stockTracked: true },
  });
  await tx.salesOrder.update({ where: { id: orderId }, data: { deliveryStatus: deliveryStatus(lines), invoiceStatus: invoiceStatus(lines) } });
}
