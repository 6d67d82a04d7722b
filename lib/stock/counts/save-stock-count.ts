import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { writeAudit } from "@/lib/audit/write-audit";
import type { Tx } from "@/lib/db/client";
import { lockRows, transact } from "@/lib/db/transact";
import { formatQuantity, isWholeQuantity } from "@/lib/domain/quantity";
import { AppError, FieldError, NotFoundError } from "@/lib/errors";
import type { SaveCountInput } from "@/lib/validation/stock";

/** The count, locked for the rest of the transaction, if it is still a draft. */
export async function lockDraftCount(tx: Tx, id: string) {
  await lockRows(tx, "StockCount", [id]);
  const count = await tx.stockCount.findUnique({ where: { id }, select: { id: true, status: true, warehouseId: true, note: true } });
  if (!count) throw new NotFoundError();
  if (count.status !== "draft") throw new AppError("stock.countNotDraft", {}, 409);
  return count;
}

/**
 * Saves counted quantities (progress; nothing is posted). Empty means "not counted yet".
 * Only the count's own lines are touched; quantities must fit the product's unit.
 */
export async function saveStockCount({ actor, input }: { actor: Actor; input: SaveCountInput }): Promise<{ changed: number }> {
  assertCan(actor, "stock.manage");
  return transact(async (tx) => {
    const count = await lockDraftCount(tx, input.id);
    const lines = await tx.stockCountLine.findMany({
      where: { countId: count.id, productId: { in: Object.keys(input.counted) } },
      select: { productId: true, countedQty: true, product: { select: { uomDecimals: true } } },
    });
    const changed: Record<string, string | null> = {};
    for (const line of lines) {
      const counted = input.counted[line.productId] ?? null;
      if (counted !== null && !line.product.uomDecimals && !isWholeQuantity(counted)) throw new FieldError(`counted.${line.productId}`, "stock.wholeUnits");
      if (counted === line.countedQty) continue;
      await tx.stockCountLine.update({ where: { countId_productId: { countId: count.id, productId: line.productId } }, data: { countedQty: counted } });
      changed[line.productId] = counted === null ? null : formatQuantity(counted);
    }
    const n = Object.keys(changed).length;
    if (n > 0) await writeAudit(tx, { actor, action: "update", entityType: "StockCount", entityId: count.id, after: { counted: changed } });
    return { changed: n };
  });
}
