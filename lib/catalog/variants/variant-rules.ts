import "server-only";
import type { Tx } from "@/lib/db/client";
import { AppError, NotFoundError } from "@/lib/errors";
import type { AttributeAxis, Combination } from "./combinations";

/**
 * A group product with its attributes (as axes, in order) and the combinations its variants
 * already have. `NotFoundError` for an unknown id, `notAGroup` for any other kind.
 */
export async function loadGroup(tx: Tx, productId: string) {
  const group = await tx.product.findUnique({
    where: { id: productId },
    select: {
      id: true,
      kind: true,
      sku: true,
      nameZh: true,
      nameEn: true,
      descriptionZh: true,
      descriptionEn: true,
      categoryId: true,
      brand: true,
      uom: true,
      uomDecimals: true,
      weightGrams: true,
      lengthMm: true,
      widthMm: true,
      heightMm: true,
      listPrice: true,
      standardCost: true,
      vatRateCode: true,
      stockTracked: true,
      allowBackorder: true,
      reorderPoint: true,
      status: true,
      attributes: {
        select: { id: true, nameZh: true, nameEn: true, position: true, values: { select: { id: true, valueZh: true, valueEn: true, position: true }, orderBy: [{ position: "asc" }, { id: "asc" }] } },
        orderBy: [{ position: "asc" }, { id: "asc" }],
      },
      variants: { select: { id: true, variantValues: { select: { attributeId: true, valueId: true } } } },
    },
  });
  if (!group) throw new NotFoundError();
  if (group.kind !== "group") throw new AppError("catalog.notAGroup");
  const axes: AttributeAxis[] = group.attributes.map((a) => ({ id: a.id, values: a.values }));
  const existing: Combination[] = group.variants.map((v) => Object.fromEntries(v.variantValues.map((vv) => [vv.attributeId, vv.valueId])));
  return { group, axes, existing };
}

/** The group an attribute belongs to (the attribute must exist). */
export async function groupOfAttribute(tx: Tx, attributeId: string): Promise<string> {
  const attribute = await tx.variantAttribute.findUnique({ where: { id: attributeId }, select: { productId: true } });
  if (!attribute) throw new NotFoundError();
  return attribute.productId;
}
