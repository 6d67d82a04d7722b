import "server-only";
import type { Actor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db/client";
import { transact } from "@/lib/db/transact";
import { assertUnitCost } from "./post-receipt";
import { postStockOperationInTx, type MoveSpec } from "./post-stock-operation";
import type { PostedOperation, ReturnInput } from "./stock-types";

type Options = { actor: Actor; input: ReturnInput };

/**
 * A customer return back into stock (退货入库), inside the caller's transaction. Lines come in at
 * the given unit cost (normally the cost the original delivery went out at) or at the current
 * average. Permission is the calling return document's business.
 */
export async function receiveReturnInTx(tx: Tx, { actor, input }: Options): Promise<PostedOperation> {
  const specs = input.lines.map((l): MoveSpec => {
    const base = { productId: l.productId, warehouseId: input.warehouseId, quantity: l.quantity };
    if (l.unitCost === undefined) return { kind: "inAtAverage", ...base };
    assertUnitCost(l.unitCost);
    return { kind: "in", ...base, unitCost: l.unitCost };
  });
  return postStockOperationInTx(tx, { actor, type: "RETURN", warehouseId: input.warehouseId, number: input.number, supplierRef: input.reference, note: input.note, postedAt: input.postedAt, specs });
}

/** receiveReturnInTx in its own transaction. */
export async function receiveReturn(options: Options): Promise<PostedOperation> {
  return transact((tx) => receiveReturnInTx(tx, options));
}
