import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { writeAudit } from "@/lib/audit/write-audit";
import type { Tx } from "@/lib/db/client";
import { lockRows, transact } from "@/lib/db/transact";
import { AppError, FieldError } from "@/lib/errors";
import type { AttributeCreateInput } from "@/lib/validation/product";
import { loadGroup } from "./variant-rules";

/**
 * A new variant axis (colour, size…) with its values on a group product. Only before any
 * variant exists: existing variants would have no value for it. The group row is locked so a
 * concurrent generation waits for the new axis or runs before it.
 */
export async function addVariantAttribute({ actor, input, tx }: { actor: Actor; input: AttributeCreateInput; tx?: Tx }): Promise<{ id: string }> {
  assertCan(actor, "catalog.manage");
  const work = async (tx: Tx) => {
    await lockRows(tx, "Product", [input.productId]);
    const { group, existing } = await loadGroup(tx, input.productId);
    if (existing.length > 0) throw new AppError("catalog.attributesLocked");
    const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();
    if (group.attributes.some((a) => same(a.nameEn, input.nameEn) || same(a.nameZh, input.nameZh))) throw new FieldError("nameEn", "catalog.attributeName");
    const position = group.attributes.reduce((max, a) => Math.max(max, a.position + 1), 0);
    const attribute = await tx.variantAttribute.create({
      data: { productId: group.id, nameZh: input.nameZh, nameEn: input.nameEn, position, values: { create: input.values.map((v, i) => ({ ...v, position: i })) } },
      select: { id: true },
    });
    await writeAudit(tx, { actor, action: "addAttribute", entityType: "Product", entityId: group.id, after: { attribute: { id: attribute.id, nameZh: input.nameZh, nameEn: input.nameEn, values: input.values } } });
    return attribute;
  };
  return tx ? work(tx) : transact(work);
}
