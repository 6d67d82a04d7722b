import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { writeAudit } from "@/lib/audit/write-audit";
import type { Tx } from "@/lib/db/client";
import { lockRows, transact } from "@/lib/db/transact";
import { postAdjustmentInTx } from "../post-adjustment";
import { lockDraftCount } from "./save-stock-count";

export type StaleLine = { productId: string; sku: string; name: string; expected: number; current: number; counted: number };

export type PostCountResult = { status: "posted"; operationId: string | null; number: string | null; lines: number } | { status: "stale"; lines: StaleLine[] };

/** Counted lines whose product's on-hand moved since the snapshot (products locked first). */
async function staleLines(tx: Tx, countId: string, warehouseId: string, locale: string) {
  const lines = await tx.stockCountLine.findMany({
    where: { countId, countedQty: { not: null } },
    orderBy: { product: { sku: "asc" } },
    select: { productId: true, expectedQty: true, countedQty: true, product: { select: { sku: true, nameZh: true, nameEn: true } } },
  });
  const ids = lines.map((l) => l.productId).sort();
  // Same lock order as every posting, so on-hand cannot change between this check and the adjustment.
  for (const id of ids) await lockRows(tx, "Product", [id]);
  const levels = await tx.stockLevel.findMany({ where: { warehouseId, productId: { in: ids } }, select: { productId: true, onHand: true } });
  const current = new Map(levels.map((l) => [l.productId, l.onHand]));
  const stale: StaleLine[] = [];
  for (const l of lines) {
    const now = current.get(l.productId) ?? 0;
    if (now !== l.expectedQty) {
      stale.push({ productId: l.productId, sku: l.product.sku, name: locale === "zh-CN" ? l.product.nameZh : l.product.nameEn, expected: l.expectedQty, current: now, counted: l.countedQty! });
    }
  }
  return { lines, stale };
}

/**
 * Posts a count in one step: the differences (counted − expected, counted lines only) become ONE
 * adjustment with reason "count", and the count is closed with a link to it. If on-hand of any
 * counted product changed since the snapshot, nothing is written and those lines come back, so
 * the person can refresh the expected values and check the counts again.
 */
export async function postStockCount({ actor, id }: { actor: Actor; id: string }): Promise<PostCountResult> {
  assertCan(actor, "stock.manage");
  return transact(async (tx) => {
    const count = await lockDraftCount(tx, id);
    const { lines, stale } = await staleLines(tx, count.id, count.warehouseId, actor.locale);
    if (stale.length > 0) return { status: "stale", lines: stale };

    const differences = lines.filter((l) => l.countedQty! !== l.expectedQty).map((l) => ({ productId: l.productId, quantity: l.countedQty! - l.expectedQty }));
    const operation =
      differences.length > 0 ? await postAdjustmentInTx(tx, { actor, input: { warehouseId: count.warehouseId, reason: "count", note: count.note, lines: differences } }) : null;
    await tx.stockCount.update({ where: { id: count.id }, data: { status: "posted", postedAt: new Date(), operationId: operation?.id ?? null } });
    await writeAudit(tx, { actor, action: "post", entityType: "StockCount", entityId: count.id, after: { operation: operation?.number ?? null, differences: differences.length, counted: lines.length } });
    return { status: "posted", operationId: operation?.id ?? null, number: operation?.number ?? null, lines: differences.length };
  });
}
