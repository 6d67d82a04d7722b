import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { writeAudit } from "@/lib/audit/write-audit";
import { transact } from "@/lib/db/transact";
import { lockDraftCount } from "./save-stock-count";

/** Abandons a draft count; its lines stay for the record, nothing is posted. */
export async function cancelStockCount({ actor, id }: { actor: Actor; id: string }): Promise<void> {
  assertCan(actor, "stock.manage");
  await transact(async (tx) => {
    const count = await lockDraftCount(tx, id);
    await tx.stockCount.update({ where: { id: count.id }, data: { status: "cancelled" } });
    await writeAudit(tx, { actor, action: "cancel", entityType: "StockCount", entityId: count.id, before: { status: "draft" }, after: { status: "cancelled" } });
  });
}
