import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { writeAudit } from "@/lib/audit/write-audit";
import { assertCan } from "@/lib/auth/permissions";
import { transact } from "@/lib/db/transact";
import { AppError, NotFoundError } from "@/lib/errors";
import { ownedDocumentWhere, salesScope } from "@/lib/sales/sales-scope";
import type { OrderUpdateInput } from "@/lib/validation/orders";
import { draftValues } from "./draft-values";

/**
 * Rewrites a draft order (header and lines). A draft has no number, reservations or ledger
 * quantities yet, so its lines are simply replaced; the conditional update makes a draft that
 * was confirmed meanwhile refuse the edit (changes to confirmed orders are versioned instead).
 */
export async function updateDraftOrder({ actor, input }: { actor: Actor; input: OrderUpdateInput }): Promise<{ id: string }> {
  assertCan(actor, "sales.manage");
  const scope = await salesScope(actor);
  return transact(async (tx) => {
    const order = await tx.salesOrder.findFirst({ where: { AND: [{ id: input.id }, ownedDocumentWhere(scope)] }, select: { id: true, accountId: true, status: true, total: true } });
    if (!order) throw new NotFoundError();
    const { header, lines } = await draftValues(tx, actor, order.accountId, input);
    const changed = await tx.salesOrder.updateMany({ where: { id: order.id, status: "draft" }, data: header });
    if (changed.count !== 1) throw new AppError("orders.notDraft", {}, 409);
    await tx.salesOrderLine.deleteMany({ where: { orderId: order.id } });
    await tx.salesOrderLine.createMany({ data: lines.map((l) => ({ ...l, orderId: order.id })) });
    await writeAudit(tx, { actor, action: "update", entityType: "SalesOrder", entityId: order.id, before: { total: order.total }, after: { total: header.total, lines: lines.length } });
    return { id: order.id };
  });
}
