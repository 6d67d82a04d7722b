import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import type { Tx } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/errors";
import { lockRows, transact } from "@/lib/db/transact";
import { AppError, NotFoundError } from "@/lib/errors";
import { postStockOperationInTx } from "./post-stock-operation";
import type { PostedOperation } from "./stock-types";

type Options = {
  actor: Actor;
  operationId: string;
  note?: string;
  /** Deliveries and returns belong to their sales documents, which reverse them through this flag. */
  allowDocumentTypes?: boolean;
};

/**
 * Reverses a posted operation with the exact opposite moves, newest first (same unit cost,
 * quantity and value negated), so balance, value and average come back as they were. Posted
 * moves are never changed. An operation can be reversed once: its row is locked first (so a
 * concurrent second reversal waits and then sees the first), and StockOperation.reversalOfId is
 * unique as the last word. Taking goods out again is refused like any issue if stock is short.
 */
export async function reverseStockOperationInTx(tx: Tx, { actor, operationId, note, allowDocumentTypes = false }: Options): Promise<PostedOperation> {
  await lockRows(tx, "StockOperation", [operationId]);
  const original = await tx.stockOperation.findUnique({
    where: { id: operationId },
    select: {
      id: true,
      number: true,
      type: true,
      warehouseId: true,
      toWarehouseId: true,
      reversedBy: { select: { number: true } },
      moves: { orderBy: { seq: "desc" }, select: { productId: true, warehouseId: true, quantity: true, unitCost: true, valueDelta: true } },
    },
  });
  if (!original) throw new NotFoundError();
  if (original.type === "REVERSAL") throw new AppError("stock.cannotReverseReversal");
  if (!allowDocumentTypes && (original.type === "DELIVERY" || original.type === "RETURN")) throw new AppError("stock.reverseFromDocument");
  if (original.reversedBy) throw new AppError("stock.alreadyReversed", { number: original.reversedBy.number }, 409);

  return postStockOperationInTx(tx, {
    actor,
    type: "REVERSAL",
    warehouseId: original.warehouseId,
    toWarehouseId: original.toWarehouseId,
    reversalOfId: original.id,
    note: note ?? "",
    specs: original.moves.map((m) => ({ kind: "undo", productId: m.productId, warehouseId: m.warehouseId, original: { quantity: m.quantity, unitCost: m.unitCost, valueDelta: m.valueDelta } })),
  });
}

export async function reverseStockOperation(options: Options): Promise<PostedOperation> {
  assertCan(options.actor, "stock.manage");
  try {
    return await transact((tx) => reverseStockOperationInTx(tx, options));
  } catch (error) {
    // Two reversals racing past the lock check (cannot happen with the lock, but the unique index decides).
    if (isUniqueViolation(error)) throw new AppError("stock.alreadyReversed", { number: "" }, 409);
    throw error;
  }
}
