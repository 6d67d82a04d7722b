import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { writeAudit } from "@/lib/audit/write-audit";
import { transact } from "@/lib/db/transact";
import { dayToInstant } from "@/lib/pricing/company-day";
import { salesScope } from "@/lib/sales/sales-scope";
import { nextDocumentNumber } from "@/lib/settings/numbering/next-document-number";
import { checkDeliveryLinesInTx, type DeliveryLineRequest } from "./check-delivery-lines";

export type DeliveryHeader = {
  accountId: string;
  warehouseId: string;
  deliveryDate: string;
  shippingAddress: string;
  carrier: string;
  trackingNumber: string;
  notes: string;
};

/**
 * A draft delivery note (发货单) for one customer from one warehouse, with lines from any of that
 * customer's confirmed orders. It takes its DN number now (the number is printed on the picking
 * list before the goods leave); nothing moves until it is posted.
 */
export async function createDelivery({ actor, input }: { actor: Actor; input: DeliveryHeader & { lines: DeliveryLineRequest[] } }): Promise<{ id: string; number: string }> {
  assertCan(actor, "delivery.manage");
  const scope = await salesScope(actor);
  return transact(async (tx) => {
    const lines = await checkDeliveryLinesInTx(tx, { scope, accountId: input.accountId, warehouseId: input.warehouseId, lines: input.lines });
    const number = await nextDocumentNumber(tx, "DELIVERY", dayToInstant(input.deliveryDate));
    const delivery = await tx.delivery.create({
      data: {
        number,
        accountId: input.accountId,
        warehouseId: input.warehouseId,
        deliveryDate: input.deliveryDate,
        shippingAddress: input.shippingAddress,
        carrier: input.carrier,
        trackingNumber: input.trackingNumber,
        notes: input.notes,
        createdById: actor.id,
        lines: { create: lines.map((l, position) => ({ orderLineId: l.orderLineId, quantity: l.quantity, position })) },
      },
      select: { id: true, number: true },
    });
    await writeAudit(tx, { actor, action: "create", entityType: "delivery", entityId: delivery.id, after: { number, accountId: input.accountId, warehouseId: input.warehouseId, lines } });
    return delivery;
  });
}
