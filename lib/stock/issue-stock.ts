import "server-only";
import type { Actor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db/client";
import { transact } from "@/lib/db/transact";
import { postStockOperationInTx } from "./post-stock-operation";
import type { IssueInput, PostedOperation } from "./stock-types";

type Options = { actor: Actor; input: IssueInput };

/**
 * Stock out for a delivery (出库), inside the caller's transaction — quote-to-cash posts its
 * delivery note and this in one unit of work. Each line leaves at the product's average cost at
 * this moment (the cost of goods sold, returned on the moves); a line that would take a product
 * without backorders below zero throws AppError("stock.insufficient") and nothing is written.
 * Permission is the calling document's business (e.g. posting a delivery), not stock.manage.
 */
export async function issueStockInTx(tx: Tx, { actor, input }: Options): Promise<PostedOperation> {
  return postStockOperationInTx(tx, {
    actor,
    type: "DELIVERY",
    warehouseId: input.warehouseId,
    number: input.number,
    supplierRef: input.reference,
    note: input.note,
    postedAt: input.postedAt,
    specs: input.lines.map((l) => ({ kind: "out", productId: l.productId, warehouseId: input.warehouseId, quantity: l.quantity })),
  });
}

/** issueStockInTx in its own transaction. */
export async function issueStock(options: Options): Promise<PostedOperation> {
  return transact((tx) => issueStockInTx(tx, options));
}
