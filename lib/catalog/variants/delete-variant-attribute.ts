import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { writeAudit } from "@/lib/audit/write-audit";
import { lockRows, transact } from "@/lib/db/transact";
import { AppError, NotFoundError } from "@/lib/errors";
import { groupOfAttribute, loadGroup } from "./variant-rules";

/** Removes an attribute with its values, only while the group has no variants. */
export async function deleteVariantAttribute({ actor, attributeId }: { actor: Actor; attributeId: string }): Promise<void> {
  assertCan(actor, "catalog.manage");
  await transact(async (tx) => {
    const productId = await groupOfAttribute(tx, attributeId);
    await lockRows(tx, "Product", [productId]);
    const { group, existing } = await loadGroup(tx, productId);
    if (existing.length > 0) throw new AppError("catalog.attributesLocked");
    const attribute = group.attributes.find((a) => a.id === attributeId);
    if (!attribute) throw new NotFoundError();
    await tx.variantAttribute.delete({ where: { id: attributeId } });
    await writeAudit(tx, { actor, action: "deleteAttribute", entityType: "Product", entityId: productId, before: { attribute } });
  });
}

/** Removes one value no variant uses. */
export async function deleteAttributeValue({ actor, valueId }: { actor: Actor; valueId: string }): Promise<void> {
  assertCan(actor, "catalog.manage");
  await transact(async (tx) => {
    const value = await tx.variantAttributeValue.findUnique({ where: { id: valueId }, select: { id: true, attributeId: true, valueZh: true, valueEn: true, _count: { select: { used: true } } } });
    if (!value) throw new NotFoundError();
    const productId = await groupOfAttribute(tx, value.attributeId);
    await lockRows(tx, "Product", [productId]);
    if (value._count.used > 0) throw new AppError("catalog.valueInUse");
    await tx.variantAttributeValue.delete({ where: { id: valueId } });
    const { _count: _ignored, ...before } = value;
    await writeAudit(tx, { actor, action: "deleteAttributeValue", entityType: "Product", entityId: productId, before });
  });
}
