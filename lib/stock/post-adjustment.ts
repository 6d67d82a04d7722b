import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import type { Tx } from "@/lib/db/client";
import { transact } from "@/lib/db/transact";
import { AppError } from "@/lib/errors";
import { assertUnitCost } from "./post-receipt";
import { postStockOperationInTx, type MoveSpec } from "./post-stock-operation";
import { ADJUSTMENT_REASONS, type AdjustmentInput, type PostedOperation } from "./stock-types";

type Options = { actor: Actor; input: AdjustmentInput };

/** Signed lines → moves: a surplus comes in at the given cost or the average, a shortage goes out at the average. */
function specsOf(input: AdjustmentInput): MoveSpec[] {
  return input.lines.map((l): MoveSpec => {
    const base = { productId: l.productId, warehouseId: input.warehouseId };
    if (l.quantity < 0) return { kind: "out", ...base, quantity: -l.quantity };
    if (l.unitCost !== undefined) {
      assertUnitCost(l.unitCost);
      return { kind: "in", ...base, quantity: l.quantity, unitCost: l.unitCost };
    }
    return { kind: "inAtAverage", ...base, quantity: l.quantity };
  });
}

export async function postAdjustmentInTx(tx: Tx, { actor, input }: Options): Promise<PostedOperation> {
  if (!ADJUSTMENT_REASONS.includes(input.reason)) throw new AppError("stock.badReason");
  return postStockOperationInTx(tx, {
    actor,
    type: "ADJUSTMENT",
    warehouseId: input.warehouseId,
    reason: input.reason,
    note: input.note,
    postedAt: input.postedAt,
    specs: specsOf(input),
  });
}

/** Stock adjustment with a reason (damage, loss, a count…); refuses to take stock below zero. */
export async function postAdjustment(options: Options): Promise<PostedOperation> {
  assertCan(options.actor, "stock.manage");
  return transact((tx) => postAdjustmentInTx(tx, options));
}
