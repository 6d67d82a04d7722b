import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan, can } from "@/lib/auth/permissions";
import { writeAudit } from "@/lib/audit/write-audit";
import type { Tx } from "@/lib/db/client";
import { transact } from "@/lib/db/transact";
import { productWritten } from "@/lib/public-catalog/product-written";
import type { ProductInput } from "@/lib/validation/product";
import { assertCategoryExists, assertProductSlugFree, assertSkuFree, assertVatRate, PRODUCT_AUDIT_SELECT, uniqueFieldError } from "./product-rules";

export type { ProductInput } from "@/lib/validation/product";

/**
 * Creates a simple product or a product group (variants come from generateVariants). Money is
 * already in minor units of the base currency, quantities in thousandths (see
 * productCreateSchema, which parses form or CSV text into this input). The standard cost is
 * taken only from someone who may see cost. Pass `tx` to run inside the caller's transaction
 * (imports, the demo seed); the audit entry is written in the same one.
 */
export async function createProduct({ actor, input, tx }: { actor: Actor; input: ProductInput; tx?: Tx }): Promise<{ id: string }> {
  assertCan(actor, "catalog.manage");
  const work = async (tx: Tx) => {
    await assertSkuFree(tx, input.sku);
    await assertProductSlugFree(tx, input.slug);
    await assertCategoryExists(tx, input.categoryId);
    await assertVatRate(tx, input.vatRateCode);
    const { standardCost, ...fields } = input;
    const data = { ...fields, standardCost: can(actor, "cost.read") ? (standardCost ?? 0) : 0, parentId: null };
    const product = await tx.product.create({ data, select: PRODUCT_AUDIT_SELECT });
    await writeAudit(tx, { actor, action: "create", entityType: "Product", entityId: product.id, after: product });
    await productWritten(tx, { productId: product.id, wasPublic: false });
    return { id: product.id };
  };
  try {
    return tx ? await work(tx) : await transact(work);
  } catch (error) {
    throw uniqueFieldError(error) ?? error;
  }
}
