import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import type { Tx } from "@/lib/db/client";
import { transact } from "@/lib/db/transact";
import { AppError } from "@/lib/errors";
import { postStockOperationInTx } from "./post-stock-operation";
import type { PostedOperation, TransferInput } from "./stock-types";

type Options = { actor: Actor; input: TransferInput };

export async function postTransferInTx(tx: Tx, { actor, input }: Options): Promise<PostedOperation> {
  if (input.fromWarehouseId === input.toWarehouseId) throw new AppError("stock.sameWarehouse");
  return postStockOperationInTx(tx, {
    actor,
    type: "TRANSFER",
    warehouseId: input.fromWarehouseId,
    toWarehouseId: input.toWarehouseId,
    note: input.note,
    postedAt: input.postedAt,
    specs: input.lines.map((l) => ({ kind: "transfer", productId: l.productId, fromWarehouseId: input.fromWarehouseId, toWarehouseId: input.toWarehouseId, quantity: l.quantity })),
  });
}

/** Moves goods between warehouses at the product's average: the total stock value does not change. */
export async function postTransfer(options: Options): Promise<PostedOperation> {
  assertCan(options.actor, "stock.manage");
  return transact((tx) => postTransferInTx(tx, options));
}
