import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { writeAudit } from "@/lib/audit/write-audit";
import { transact } from "@/lib/db/transact";
import { AppError, NotFoundError } from "@/lib/errors";
import { accountDocumentWhere, salesScope } from "@/lib/sales/sales-scope";
import { checkDeliveryLinesInTx, type DeliveryLineRequest } from "./check-delivery-lines";
import type { DeliveryHeader } from "./create-delivery";

/**
 * Rewrites a draft delivery's header and lines. Only a draft: the status is part of the
 * conditional UPDATE, so a draft posted meanwhile by someone else is refused, not overwritten.
 */
export async function updateDelivery({ actor, id, input }: { actor: Actor; id: string; input: DeliveryHeader & { lines: DeliveryLineRequest[] } }): Promise<{ id: string }> {
  assertCan(actor, "delivery.manage");
  const scope = await salesScope(actor);
  return transact(async (tx) => {
    const current = await tx.delivery.findFirst({ where: { AND: [{ id }, accountDocumentWhere(scope)] }, select: { id: true, number: true, status: true } });
    if (!current) throw new NotFoundError();
    const lines = await checkDeliveryLinesInTx(tx, { scope, accountId: input.accountId, warehouseId: input.warehouseId, lines: input.lines });
    const changed = await tx.delivery.updateMany({
      where: { id, status: "draft" },
      data: {
        accountId: input.accountId,
        warehouseId: input.warehouseId,
        deliveryDate: input.deliveryDate,
        shippingAddress: input.shippingAddress,
        carrier: input.carrier,
        trackingNumber: input.trackingNumber,
        notes: input.notes,
      },
    });
    if (changed.count !== 1) throw new AppError("deliveries.notDraft", { number: current.number }, 409);
    await tx.deliveryLine.deleteMany({ where: { deliveryId: id } });
    await tx.deliveryLine.createMany({ data: lines.map((l, position) => ({ deliveryId: id, orderLineId: l.orderLineId, quantity: l.quantity, position })) });
    await writeAudit(tx, { actor, action: "update", entityType: "delivery", entityId: id, after: { ...input, lines } });
    return { id };
  });
}
