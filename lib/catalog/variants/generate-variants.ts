import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { writeAudit } from "@/lib/audit/write-audit";
import type { Tx } from "@/lib/db/client";
import { lockRows, transact } from "@/lib/db/transact";
import { AppError, FieldError } from "@/lib/errors";
import { assertSkuFree, findProductIdBySku, PRODUCT_AUDIT_SELECT, uniqueFieldError } from "@/lib/catalog/products/product-rules";
import { combinationKey, combinationValues, defaultVariantSku, isCompleteCombination, missingCombinations, type AttributeAxis, type Combination } from "./combinations";
import { loadGroup } from "./variant-rules";
import { publicContentChanged } from "@/lib/public-catalog/product-written";

/** One variant to create: one value id of every attribute (any order) and its SKU. */
export type VariantRequest = { valueIds: string[]; sku: string };

/** Value ids → attribute id → value id; null when a value is unknown or two share an attribute. */
function toCombination(axes: AttributeAxis[], valueIds: string[]): Combination | null {
  const combination: Combination = {};
  for (const valueId of valueIds) {
    const axis = axes.find((a) => a.values.some((v) => v.id === valueId));
    if (!axis || combination[axis.id]) return null;
    combination[axis.id] = valueId;
  }
  return combination;
}

/**
 * Creates variants of a group: each a real product (kind "variant", its own SKU, price and
 * stock) with one VariantValue row per attribute. Each requested combination must name exactly
 * one value of every attribute (server-side: one value per attribute, no unknown value) and may
 * exist neither already nor twice in the request. Without
 * `requests`, every missing combination is created with its default SKU (numbered when taken).
 * Prices, tax, unit and stock settings start as the group's. The group row is locked
 * (PostgreSQL) and combinations re-read inside the transaction, so two concurrent generations
 * cannot both create the same combination.
 */
export async function generateVariants({ actor, productId, requests, tx }: { actor: Actor; productId: string; requests?: VariantRequest[]; tx?: Tx }): Promise<{ ids: string[] }> {
  assertCan(actor, "catalog.manage");
  const work = async (tx: Tx) => {
    await lockRows(tx, "Product", [productId]);
    const { group, axes, existing } = await loadGroup(tx, productId);
    const wanted = requests
      ? requests.map((r) => ({ combination: toCombination(axes, r.valueIds), sku: r.sku }))
      : await defaultRequests(tx, group.sku, axes, existing);
    const seen = new Set(existing.map((c) => combinationKey(axes, c)));
    const skus = new Set<string>();
    for (const request of wanted) {
      if (!request.combination || !isCompleteCombination(axes, request.combination)) throw new AppError("catalog.incompleteCombination");
      const key = combinationKey(axes, request.combination);
      if (seen.has(key)) throw new AppError("catalog.duplicateCombination");
      seen.add(key);
      if (skus.has(request.sku.toLowerCase())) throw new FieldError("sku", "catalog.skuTaken");
      skus.add(request.sku.toLowerCase());
    }
    const { attributes: _a, variants: _v, id: _id, kind: _k, sku: _s, ...inherited } = group;
    const ids: string[] = [];
    for (const { sku, combination } of wanted as { sku: string; combination: Combination }[]) {
      await assertSkuFree(tx, sku);
      const values = combinationValues(axes, combination);
      const variant = await tx.product.create({
        data: {
          ...inherited,
          kind: "variant",
          parentId: group.id,
          sku,
          nameZh: `${group.nameZh} ${values.map((v) => v.valueZh).join(" / ")}`,
          nameEn: `${group.nameEn} ${values.map((v) => v.valueEn).join(" / ")}`,
          published: false,
          slug: null,
          variantValues: { create: axes.map((a) => ({ attributeId: a.id, valueId: combination[a.id] })) },
        },
        select: PRODUCT_AUDIT_SELECT,
      });
      await writeAudit(tx, { actor, action: "create", entityType: "Product", entityId: variant.id, after: { ...variant, values: combination } });
      ids.push(variant.id);
    }
    if (ids.length) await publicContentChanged(tx, group.id);
    return { ids };
  };
  try {
    return tx ? await work(tx) : await transact(work);
  } catch (error) {
    throw uniqueFieldError(error) ?? error;
  }
}

/** Every missing combination with its default SKU, numbered ("-2"…) past any SKU already used. */
async function defaultRequests(tx: Tx, groupSku: string, axes: AttributeAxis[], existing: Combination[]): Promise<{ combination: Combination; sku: string }[]> {
  const out: { combination: Combination; sku: string }[] = [];
  for (const combination of missingCombinations(axes, existing)) {
    const base = defaultVariantSku(groupSku, axes, combination);
    let sku = base;
    for (let n = 2; (await findProductIdBySku(tx, sku)) !== null || out.some((r) => r.sku.toLowerCase() === sku.toLowerCase()); n++) sku = `${base.slice(0, 60)}-${n}`;
    out.push({ combination, sku });
  }
  return out;
}
