import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { accountDocumentWhere, salesScope } from "@/lib/sales/sales-scope";

/** One return the actor may see, with its lines and credit notes; else NotFoundError. */
export async function findReturn({ actor, id }: { actor: Actor; id: string }) {
  const scope = await salesScope(actor);
  const ret = await db.salesReturn.findFirst({
    where: { AND: [{ id }, accountDocumentWhere(scope)] },
    select: {
      id: true, number: true, status: true, returnDate: true, reason: true, notes: true, postedAt: true, stockOperationId: true, creditNoteId: true, warehouseId: true,
      account: { select: { id: true, name: true } },
      delivery: { select: { id: true, number: true } },
      lines: {
        orderBy: { id: "asc" },
        select: {
          id: true, quantity: true, disposition: true, unitCost: true,
          deliveryLine: { select: { position: true, quantity: true, orderLine: { select: { description: true, uom: true, product: { select: { id: true, sku: true, nameZh: true, nameEn: true } }, order: { select: { id: true, number: true } } } } } },
        },
      },
    },
  });
  if (!ret) throw new NotFoundError();
  const creditNote = ret.creditNoteId ? await db.invoice.findUnique({ where: { id: ret.creditNoteId }, select: { id: true, number: true, total: true, currencyCode: true } }) : null;
  const warehouse = await db.warehouse.findUnique({ where: { id: ret.warehouseId }, select: { code: true, name: true } });
  return { ...ret, warehouse, creditNote };
}

export type ReturnDetail = Awaited<ReturnType<typeof findReturn>>;
