import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { writeAudit } from "@/lib/audit/write-audit";
import { transact } from "@/lib/db/transact";
import { formatQuantity } from "@/lib/domain/quantity";
import { lockDraftCount } from "./save-stock-count";

/**
 * Takes the current on-hand as the expected quantity of every line whose stock moved since the
 * snapshot (goods received or shipped while counting). Counted quantities are kept: the person
 * re-checks the refreshed lines before posting.
 */
export async function refreshStockCount({ actor, id }: { actor: Actor; id: string }): Promise<{ refreshed: number }> {
  assertCan(actor, "stock.manage");
  return transact(async (tx) => {
    const count = await lockDraftCount(tx, id);
    const lines = await tx.stockCountLine.findMany({ where: { countId: count.id }, select: { productId: true, expectedQty: true, product: { select: { sku: true } } } });
    const levels = await tx.stockLevel.findMany({ where: { warehouseId: count.warehouseId, productId: { in: lines.map((l) => l.productId) } }, select: { productId: true, onHand: true } });
    const current = new Map(levels.map((l) => [l.productId, l.onHand]));
    const changes: Record<string, { from: string; to: string }> = {};
    for (const l of lines) {
      const now = current.get(l.productId) ?? 0;
      if (now === l.expectedQty) continue;
      await tx.stockCountLine.update({ where: { countId_productId: { countId: count.id, productId: l.productId } }, data: { expectedQty: now } });
      changes[l.product.sku] = { from: formatQuantity(l.expectedQty), to: formatQuantity(now) };
    }
    const refreshed = Object.keys(changes).length;
    if (refreshed > 0) await writeAudit(tx, { actor, action: "refresh", entityType: "StockCount", entityId: count.id, after: { expected: changes } });
    return { refreshed };
  });
}
