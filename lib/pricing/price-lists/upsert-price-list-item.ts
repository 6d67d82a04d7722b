import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { changedFields, writeAudit } from "@/lib/audit/write-audit";
import type { Tx } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/errors";
import { transact } from "@/lib/db/transact";
import { tryParseMoney } from "@/lib/domain/money";
import { FieldError, NotFoundError } from "@/lib/errors";

/** Int column: 2^31 − 1 minor units (21 474 836.47 in a 2-decimal currency). */
const MAX_UNIT_PRICE = 2_147_483_647;
/** 2^31 − 1 thousandths, the Int column's limit. */
const MAX_MIN_QTY = 2_147_483_647;

export type UpsertPriceListItemInput = {
  priceListId: string;
  productId: string;
  /** Thousandths: the break applies from this quantity up. 0 = from the first unit. */
  minQty: number;
  /**
   * Minor units of the LIST's currency (an integer), or money text in that currency ("1234.5")
   * that is parsed here, against the currency read from the database. Gross when the list is
   * tax-inclusive.
   */
  unitPrice: number | string;
  /** Editing an existing item of this list: its product, break and price may all change. */
  itemId?: string | null;
};

function checkPrice(unitPrice: number | string, currency: string): number {
  const minor = typeof unitPrice === "string" ? tryParseMoney(unitPrice, currency) : unitPrice;
  if (minor === null || !Number.isSafeInteger(minor) || minor < 0) throw new FieldError("price", "pricing.money");
  if (minor > MAX_UNIT_PRICE) throw new FieldError("price", "pricing.money");
  return minor;
}

async function checkProduct(tx: Tx, productId: string, minQty: number): Promise<{ sku: string }> {
  const product = await tx.product.findUnique({ where: { id: productId }, select: { sku: true, kind: true, uomDecimals: true } });
  if (!product) throw new FieldError("productId", "choice");
  if (product.kind === "group") throw new FieldError("productId", "pricing.groupNotSold");
  if (!Number.isSafeInteger(minQty) || minQty < 0 || minQty > MAX_MIN_QTY) throw new FieldError("minQty", "pricing.quantity");
  if (!product.uomDecimals && minQty % 1000 !== 0) throw new FieldError("minQty", "pricing.wholeQuantity");
  return { sku: product.sku };
}

/**
 * Sets a product's price from a quantity up in a price list, audited. Without `itemId` it is an
 * upsert on (list, product, minQty): a second price for the same break replaces the first.
 * With `itemId` it edits that item; moving it onto a break the product already has is refused.
 * Used by the price list page and by the demo seed / product import.
 */
export async function upsertPriceListItem({ actor, input }: { actor: Actor; input: UpsertPriceListItemInput }): Promise<{ id: string; created: boolean }> {
  assertCan(actor, "pricing.manage");
  try {
    return await transact(async (tx) => {
      const list = await tx.priceList.findUnique({ where: { id: input.priceListId }, select: { id: true, currencyCode: true } });
      if (!list) throw new NotFoundError();
      const { sku } = await checkProduct(tx, input.productId, input.minQty);
      const unitPrice = checkPrice(input.unitPrice, list.currencyCode);
      const next = { productId: input.productId, minQty: input.minQty, unitPrice };
      const context = { priceListId: list.id, sku, currency: list.currencyCode };

      const target = input.itemId
        ? await tx.priceListItem.findFirst({ where: { id: input.itemId, priceListId: list.id }, select: { id: true, productId: true, minQty: true, unitPrice: true } })
        : await tx.priceListItem.findUnique({
            where: { priceListId_productId_minQty: { priceListId: list.id, productId: input.productId, minQty: input.minQty } },
            select: { id: true, productId: true, minQty: true, unitPrice: true },
          });
      if (input.itemId && !target) throw new NotFoundError();

      if (!target) {
        const item = await tx.priceListItem.create({ data: { priceListId: list.id, ...next }, select: { id: true } });
        await writeAudit(tx, { actor, action: "create", entityType: "PriceListItem", entityId: item.id, after: { ...context, ...next } });
        return { id: item.id, created: true };
      }
      if (target.productId !== next.productId || target.minQty !== next.minQty) {
        const clash = await tx.priceListItem.findFirst({
          where: { priceListId: list.id, productId: next.productId, minQty: next.minQty, id: { not: target.id } },
          select: { id: true },
        });
        if (clash) throw new FieldError("minQty", "pricing.itemExists");
      }
      const diff = changedFields(target, next);
      if (Object.keys(diff.after).length > 0) {
        await tx.priceListItem.update({ where: { id: target.id }, data: next });
        await writeAudit(tx, { actor, action: "update", entityType: "PriceListItem", entityId: target.id, before: { ...context, ...diff.before }, after: { ...context, ...diff.after } });
      }
      return { id: target.id, created: false };
    });
  } catch (error) {
    // Two people adding the same break at the same moment: the unique index decides.
    if (isUniqueViolation(error)) throw new FieldError("minQty", "pricing.itemExists");
    throw error;
  }
}
