import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan, can } from "@/lib/auth/permissions";
import { changedFields, writeAudit } from "@/lib/audit/write-audit";
import type { Tx } from "@/lib/db/client";
import { transact } from "@/lib/db/transact";
import { NotFoundError } from "@/lib/errors";
import { isProductPublic, productWritten } from "@/lib/public-catalog/product-written";
import type { ProductUpdateInput } from "@/lib/validation/product";
import { assertCategoryExists, assertProductSlugFree, assertSkuFree, assertVatRate, PRODUCT_AUDIT_SELECT, uniqueFieldError } from "./product-rules";

export type { ProductUpdateInput } from "@/lib/validation/product";

/**
 * Edits a product (any kind; the kind itself never changes). The standard cost changes only
 * when the actor may see cost and sent one. The audit entry holds only the fields that changed.
 */
export async function updateProduct({ actor, input, tx }: { actor: Actor; input: ProductUpdateInput; tx?: Tx }): Promise<{ id: string; changed: boolean }> {
  assertCan(actor, "catalog.manage");
  const work = async (tx: Tx) => {
    const before = await tx.product.findUnique({ where: { id: input.id }, select: PRODUCT_AUDIT_SELECT });
    if (!before) throw new NotFoundError();
    const { id, standardCost, ...fields } = input;
    const next = { ...fields, ...(standardCost !== undefined && can(actor, "cost.read") ? { standardCost } : {}) };
    const diff = changedFields(before, next);
    if (Object.keys(diff.after).length === 0) return { id, changed: false };
    if (diff.after.sku !== undefined) await assertSkuFree(tx, next.sku, id);
    if (diff.after.slug !== undefined) await assertProductSlugFree(tx, next.slug, id);
    if (diff.after.categoryId !== undefined) await assertCategoryExists(tx, next.categoryId);
    await assertVatRate(tx, next.vatRateCode, before.vatRateCode);
    const wasPublic = await isProductPublic(tx, id);
    await tx.product.update({ where: { id }, data: diff.after });
    await writeAudit(tx, { actor, action: "update", entityType: "Product", entityId: id, ...diff });
    await productWritten(tx, { productId: id, wasPublic });
    return { id, changed: true };
  };
  try {
    return tx ? await work(tx) : await transact(work);
  } catch (error) {
    throw uniqueFieldError(error) ?? error;
  }
}
