import "server-only";
import { Prisma } from "@/lib/db/generated/sqlite/client";
import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

export type DeliveryLedgerField = "invoicedQty" | "creditedQty";

// The condition after the change, over the row's own columns (`v` = the new value).
const GUARD: Record<DeliveryLedgerField, (v: Prisma.Sql) => Prisma.Sql> = {
  // Net invoiced never exceeds what was delivered and kept.
  invoicedQty: (v) => Prisma.sql`${v} >= "creditedQty" AND ${v} - "creditedQty" <= "quantity" - "returnedQty"`,
  // Only what was invoiced can be credited.
  creditedQty: (v) => Prisma.sql`${v} >= 0 AND ${v} <= "invoicedQty"`,
};

/**
 * Moves a delivery line's invoiced or credited quantity with ONE conditional UPDATE checked
 * against the latest committed row, so two invoices racing for the same delivered goods cannot
 * both be issued. A refused change throws AppError("invoices.overInvoiced"); the caller's
 * transaction (and the number it took) rolls back.
 */
export async function adjustDeliveryLineInTx(tx: Tx, deliveryLineId: string, field: DeliveryLedgerField, delta: number, description: string): Promise<void> {
  if (!Number.isSafeInteger(delta)) throw new Error(`bad delta ${delta}`);
  if (delta === 0) return;
  const column = Prisma.raw(`"${field}"`);
  const next = Prisma.sql`(${column} + ${delta})`;
  const changed = await tx.$executeRaw(Prisma.sql`UPDATE "DeliveryLine" SET ${column} = ${column} + ${delta} WHERE "id" = ${deliveryLineId} AND ${GUARD[field](next)}`);
  if (changed !== 1) throw new AppError(field === "invoicedQty" ? "invoices.overInvoiced" : "invoices.overCredited", { description }, 409);
}
