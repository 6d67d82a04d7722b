import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import type { Tx } from "@/lib/db/client";
import { transact } from "@/lib/db/transact";
import { AppError } from "@/lib/errors";
import { INT_MAX } from "./change-stock-level";
import { postStockOperationInTx } from "./post-stock-operation";
import type { PostedOperation, ReceiptInput } from "./stock-types";

type Options = { actor: Actor; input: ReceiptInput };

export function assertUnitCost(unitCost: number): void {
  if (!Number.isSafeInteger(unitCost) || unitCost < 0 || unitCost > INT_MAX) throw new AppError("stock.badCost");
}

/** A goods receipt inside the caller's transaction (e.g. the demo seed's own unit of work). */
export async function postReceiptInTx(tx: Tx, { actor, input }: Options): Promise<PostedOperation> {
  input.lines.forEach((l) => assertUnitCost(l.unitCost));
  return postStockOperationInTx(tx, {
    actor,
    type: "RECEIPT",
    warehouseId: input.warehouseId,
    supplierRef: input.supplierRef,
    note: input.note,
    postedAt: input.postedAt,
    specs: input.lines.map((l) => ({ kind: "in", productId: l.productId, warehouseId: input.warehouseId, quantity: l.quantity, unitCost: l.unitCost })),
  });
}

/** Goods receipt (进): stock in at the supplier's unit cost; the product's average moves with it. */
export async function postReceipt(options: Options): Promise<PostedOperation> {
  assertCan(options.actor, "stock.manage");
  return transact((tx) => postReceiptInTx(tx, options));
}
