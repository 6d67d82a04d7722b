import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { writeAudit } from "@/lib/audit/write-audit";
import { lockRows, transact } from "@/lib/db/transact";
import { FieldError } from "@/lib/errors";
import { groupOfAttribute, loadGroup } from "./variant-rules";

/** More values for an attribute (also once variants exist: the new combinations are then missing ones). */
export async function addAttributeValues({ actor, attributeId, values }: { actor: Actor; attributeId: string; values: { valueZh: string; valueEn: string }[] }): Promise<void> {
  assertCan(actor, "catalog.manage");
  await transact(async (tx) => {
    const productId = await groupOfAttribute(tx, attributeId);
    await lockRows(tx, "Product", [productId]);
    const { group } = await loadGroup(tx, productId);
    const attribute = group.attributes.find((a) => a.id === attributeId)!;
    const known = new Set(attribute.values.map((v) => v.valueEn.toLowerCase()));
    if (values.some((v) => known.has(v.valueEn.toLowerCase())) || attribute.values.length + values.length > 50) throw new FieldError("values", "catalog.attributeValues");
    const start = attribute.values.reduce((max, v) => Math.max(max, v.position + 1), 0);
    await tx.variantAttributeValue.createMany({ data: values.map((v, i) => ({ attributeId, ...v, position: start + i })) });
    await writeAudit(tx, { actor, action: "addAttributeValues", entityType: "Product", entityId: productId, after: { attributeId, values } });
  });
}
