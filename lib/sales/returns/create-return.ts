import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { writeAudit } from "@/lib/audit/write-audit";
import { transact } from "@/lib/db/transact";
import { formatQuantity } from "@/lib/domain/quantity";
import { AppError, NotFoundError } from "@/lib/errors";
import { dayToInstant } from "@/lib/pricing/company-day";
import { accountDocumentWhere, salesScope } from "@/lib/sales/sales-scope";
import { nextDocumentNumber } from "@/lib/settings/numbering/next-document-number";
import type { Disposition } from "@/lib/validation/returns";

export type ReturnInput = {
  deliveryId: string;
  returnDate: string;
  reason: string;
  notes: string;
  lines: { deliveryLineId: string; quantity: number; disposition: Disposition }[];
};

/**
 * A draft return (退货单) against one posted delivery the actor may see: per line a quantity no
 * more than delivered − already returned (checked again, atomically, on posting) and whether the
 * goods go back on the shelf or are scrapped. Lines must belong to that delivery.
 */
export async function createReturn({ actor, input }: { actor: Actor; input: ReturnInput }): Promise<{ id: string; number: string }> {
  assertCan(actor, "delivery.manage");
  const scope = await salesScope(actor);
  return transact(async (tx) => {
    const delivery = await tx.delivery.findFirst({
      where: { AND: [{ id: input.deliveryId }, accountDocumentWhere(scope)] },
      select: { id: true, status: true, accountId: true, warehouseId: true, lines: { select: { id: true, position: true, quantity: true, returnedQty: true } } },
    });
    if (!delivery) throw new NotFoundError();
    if (delivery.status !== "posted") throw new AppError("deliveries.deliveryNotPosted", {}, 409);
    const byId = new Map(delivery.lines.map((l) => [l.id, l]));
    const seen = new Set<string>();
    for (const l of input.lines) {
      const line = byId.get(l.deliveryLineId);
      if (!line || seen.has(l.deliveryLineId)) throw new NotFoundError();
      seen.add(l.deliveryLineId);
      const open = line.quantity - line.returnedQty;
      if (l.quantity > open) throw new AppError("deliveries.overReturn", { line: line.position + 1, open: formatQuantity(Math.max(0, open)) }, 409);
    }
    const number = await nextDocumentNumber(tx, "RETURN", dayToInstant(input.returnDate));
    const created = await tx.salesReturn.create({
      data: {
        number,
        accountId: delivery.accountId,
        deliveryId: delivery.id,
        warehouseId: delivery.warehouseId,
        returnDate: input.returnDate,
        reason: input.reason,
        notes: input.notes,
        createdById: actor.id,
        lines: { create: input.lines.map((l) => ({ deliveryLineId: l.deliveryLineId, quantity: l.quantity, disposition: l.disposition })) },
      },
      select: { id: true, number: true },
    });
    await writeAudit(tx, { actor, action: "create", entityType: "salesReturn", entityId: created.id, after: { number, deliveryId: delivery.id, reason: input.reason, lines: input.lines } });
    return created;
  });
}
