import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { accountDocumentWhere, salesScope } from "@/lib/sales/sales-scope";

/** One delivery the actor may see, with its lines, orders, receipt and returns; else NotFoundError. */
export async function findDelivery({ actor, id }: { actor: Actor; id: string }) {
  const scope = await salesScope(actor);
  const delivery = await db.delivery.findFirst({
    where: { AND: [{ id }, accountDocumentWhere(scope)] },
    select: {
      id: true, number: true, status: true, deliveryDate: true, shippingAddress: true, carrier: true, trackingNumber: true, notes: true,
      postedAt: true, stockOperationId: true, createdAt: true, accountId: true, warehouseId: true,
      receivedDate: true, receivedBy: true, receiptNote: true, receiptFile: true, receiptFileType: true,
      account: { select: { id: true, name: true, code: true } },
      lines: {
        orderBy: { position: "asc" },
        select: {
          id: true, position: true, quantity: true, unitCost: true, returnedQty: true, invoicedQty: true, creditedQty: true, orderLineId: true,
          orderLine: {
            select: {
              id: true, position: true, description: true, uom: true, quantity: true,
              product: { select: { id: true, sku: true, nameZh: true, nameEn: true } },
              order: { select: { id: true, number: true } },
            },
          },
        },
      },
      returns: { orderBy: { createdAt: "asc" }, select: { id: true, number: true, status: true, returnDate: true } },
    },
  });
  if (!delivery) throw new NotFoundError();
  const warehouse = await db.warehouse.findUnique({ where: { id: delivery.warehouseId }, select: { id: true, code: true, name: true } });
  return { ...delivery, warehouse };
}

export type DeliveryDetail = Awaited<ReturnType<typeof findDelivery>>;
