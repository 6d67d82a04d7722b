import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { accountDocumentWhere, salesScope } from "@/lib/sales/sales-scope";

export type ReturnableLine = {
  deliveryLineId: string;
  line: number;
  orderNumber: string;
  sku: string;
  name: string;
  uom: string;
  delivered: number;
  returned: number;
  returnable: number;
};

/** A posted delivery the actor may see, with what each line can still take back. */
export async function findReturnableLines({ actor, deliveryId }: { actor: Actor; deliveryId: string }) {
  const scope = await salesScope(actor);
  const delivery = await db.delivery.findFirst({
    where: { AND: [{ id: deliveryId }, accountDocumentWhere(scope)] },
    select: {
      id: true, number: true, status: true, deliveryDate: true, warehouseId: true,
      account: { select: { id: true, name: true } },
      lines: {
        orderBy: { position: "asc" },
        select: {
          id: true, position: true, quantity: true, returnedQty: true,
          orderLine: { select: { description: true, uom: true, product: { select: { sku: true, nameZh: true, nameEn: true } }, order: { select: { number: true } } } },
        },
      },
    },
  });
  if (!delivery) throw new NotFoundError();
  const lines: ReturnableLine[] = delivery.lines.map((l) => ({
    deliveryLineId: l.id,
    line: l.position + 1,
    orderNumber: l.orderLine.order.number ?? "",
    sku: l.orderLine.product?.sku ?? "",
    name: (actor.locale === "zh-CN" ? l.orderLine.product?.nameZh : l.orderLine.product?.nameEn) ?? l.orderLine.description,
    uom: l.orderLine.uom,
    delivered: l.quantity,
    returned: l.returnedQty,
    returnable: Math.max(0, l.quantity - l.returnedQty),
  }));
  return { delivery: { id: delivery.id, number: delivery.number, status: delivery.status, deliveryDate: delivery.deliveryDate, account: delivery.account }, lines };
}
