import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { writeAudit } from "@/lib/audit/write-audit";
import { transact } from "@/lib/db/transact";
import { NotFoundError } from "@/lib/errors";

/** Removes one price (one break) from a list, audited with what it was. */
export async function deletePriceListItem({ actor, priceListId, itemId }: { actor: Actor; priceListId: string; itemId: string }): Promise<void> {
  assertCan(actor, "pricing.manage");
  await transact(async (tx) => {
    const item = await tx.priceListItem.findFirst({
      where: { id: itemId, priceListId },
      select: { id: true, productId: true, minQty: true, unitPrice: true, product: { select: { sku: true } }, priceList: { select: { currencyCode: true } } },
    });
    if (!item) throw new NotFoundError();
    await tx.priceListItem.delete({ where: { id: item.id } });
    await writeAudit(tx, {
      actor,
      action: "delete",
      entityType: "PriceListItem",
      entityId: item.id,
      before: { priceListId, sku: item.product.sku, currency: item.priceList.currencyCode, productId: item.productId, minQty: item.minQty, unitPrice: item.unitPrice },
    });
  });
}
