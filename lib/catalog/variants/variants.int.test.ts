import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db, dbKind } from "@/lib/db/client";
import { createProduct } from "@/lib/catalog/products/create-product";
import { productInput } from "@/lib/testing/catalog-factories";
import { createActor, createCompany } from "@/lib/testing/factories";
import { addAttributeValues } from "./add-attribute-values";
import { addVariantAttribute } from "./add-variant-attribute";
import { deleteAttributeValue, deleteVariantAttribute } from "./delete-variant-attribute";
import { findMissingVariants } from "./find-missing-variants";
import { generateVariants } from "./generate-variants";

let manager: Actor;

async function shirt(sku: string) {
  const { id } = await createProduct({ actor: manager, input: productInput({ sku, kind: "group", nameZh: "T恤", nameEn: "T-shirt", listPrice: 9900, standardCost: 3000 }) });
  await addVariantAttribute({ actor: manager, input: { productId: id, nameZh: "颜色", nameEn: "Colour", values: [{ valueZh: "红", valueEn: "Red" }, { valueZh: "蓝", valueEn: "Blue" }] } });
  await addVariantAttribute({ actor: manager, input: { productId: id, nameZh: "尺寸", nameEn: "Size", values: ["S", "M", "L"].map((v) => ({ valueZh: v, valueEn: v })) } });
  return id;
}

const combos = async (groupId: string) => {
  const rows = await db.variantValue.findMany({ where: { variant: { parentId: groupId } }, select: { variantId: true, valueId: true } });
  const by = new Map<string, string[]>();
  for (const r of rows) by.set(r.variantId, [...(by.get(r.variantId) ?? []), r.valueId].sort());
  return [...by.values()].map((v) => v.join("+")).sort();
};

beforeAll(async () => {
  await createCompany();
  manager = await createActor("manager");
});

describe(`variants on ${dbKind}`, () => {
  it("generates every missing combination as a real product with the group's price and its own SKU", async () => {
    const groupId = await shirt("TS-100");
    const missing = await findMissingVariants({ actor: manager, productId: groupId });
    expect(missing.map((m) => m.sku)).toEqual(["TS-100-RED-S", "TS-100-RED-M", "TS-100-RED-L", "TS-100-BLUE-S", "TS-100-BLUE-M", "TS-100-BLUE-L"]);
    const { ids } = await generateVariants({ actor: manager, productId: groupId, requests: missing.map((m, i) => ({ valueIds: m.key.split("."), sku: i === 0 ? "TS-100-R-S" : m.sku })) });
    expect(ids).toHaveLength(6);
    const variants = await db.product.findMany({ where: { parentId: groupId }, select: { sku: true, kind: true, listPrice: true, standardCost: true, nameEn: true, nameZh: true }, orderBy: { sku: "asc" } });
    expect(variants[0]).toEqual({ sku: "TS-100-BLUE-L", kind: "variant", listPrice: 9900, standardCost: 3000, nameEn: "T-shirt Blue / L", nameZh: "T恤 蓝 / L" });
    expect(variants.map((v) => v.sku)).toContain("TS-100-R-S");
    expect(new Set(await combos(groupId)).size).toBe(6);
    expect(await findMissingVariants({ actor: manager, productId: groupId })).toEqual([]);
    expect(await db.auditEntry.count({ where: { entityType: "Product", entityId: { in: ids }, action: "create" } })).toBe(6);
  });

  it("refuses an existing combination, a repeated one, a combination missing an attribute or with two values of one", async () => {
    const groupId = await shirt("TS-200");
    const missing = await findMissingVariants({ actor: manager, productId: groupId });
    const [first, second] = missing;
    await generateVariants({ actor: manager, productId: groupId, requests: [{ valueIds: first.key.split("."), sku: "TS-200-A" }] });
    const attempt = (valueIds: string[], sku = "TS-200-Z") => generateVariants({ actor: manager, productId: groupId, requests: [{ valueIds, sku }] });
    await expect(attempt(first.key.split("."))).rejects.toMatchObject({ key: "catalog.duplicateCombination" });
    await expect(attempt([...first.key.split(".")].reverse())).rejects.toMatchObject({ key: "catalog.duplicateCombination" });
    await expect(generateVariants({ actor: manager, productId: groupId, requests: [{ valueIds: second.key.split("."), sku: "X-1" }, { valueIds: second.key.split("."), sku: "X-2" }] })).rejects.toMatchObject({ key: "catalog.duplicateCombination" });
    await expect(attempt([second.key.split(".")[0]])).rejects.toMatchObject({ key: "catalog.incompleteCombination" });
    // Missing combinations come in attribute order: red/S, red/M, red/L, blue/S…
    const [red, blue] = [missing[0].key.split(".")[0], missing[3].key.split(".")[0]];
    await expect(attempt([red, blue])).rejects.toMatchObject({ key: "catalog.incompleteCombination" });
    await expect(attempt([...second.key.split("."), "unknown"])).rejects.toMatchObject({ key: "catalog.incompleteCombination" });
    await expect(attempt(second.key.split("."), "ts-200-a")).rejects.toMatchObject({ field: "sku", key: "catalog.skuTaken" });
    expect(await db.product.count({ where: { parentId: groupId } })).toBe(1);
  });

  it("two concurrent generations never create the same combination twice", async () => {
    const groupId = await shirt("TS-300");
    const results = await Promise.allSettled([1, 2, 3].map(() => generateVariants({ actor: manager, productId: groupId })));
    expect(results.filter((r) => r.status === "fulfilled").length).toBeGreaterThanOrEqual(1);
    const c = await combos(groupId);
    expect(c).toHaveLength(6);
    expect(new Set(c).size).toBe(6);
  });

  it("locks attributes once variants exist, but lets values be added and unused ones removed", async () => {
    const groupId = await shirt("TS-400");
    const [, size] = await db.variantAttribute.findMany({ where: { productId: groupId }, orderBy: { position: "asc" }, select: { id: true } });
    await generateVariants({ actor: manager, productId: groupId });
    await expect(addVariantAttribute({ actor: manager, input: { productId: groupId, nameZh: "材质", nameEn: "Material", values: [{ valueZh: "棉", valueEn: "Cotton" }] } })).rejects.toMatchObject({ key: "catalog.attributesLocked" });
    await expect(deleteVariantAttribute({ actor: manager, attributeId: size.id })).rejects.toMatchObject({ key: "catalog.attributesLocked" });
    await addAttributeValues({ actor: manager, attributeId: size.id, values: [{ valueZh: "XL", valueEn: "XL" }] });
    await expect(addAttributeValues({ actor: manager, attributeId: size.id, values: [{ valueZh: "xl", valueEn: "xl" }] })).rejects.toMatchObject({ field: "values" });
    const missing = await findMissingVariants({ actor: manager, productId: groupId });
    expect(missing.map((m) => m.sku)).toEqual(["TS-400-RED-XL", "TS-400-BLUE-XL"]);
    const used = await db.variantAttributeValue.findFirstOrThrow({ where: { attributeId: size.id, valueEn: "M" }, select: { id: true } });
    await expect(deleteAttributeValue({ actor: manager, valueId: used.id })).rejects.toMatchObject({ key: "catalog.valueInUse" });
    const xl = await db.variantAttributeValue.findFirstOrThrow({ where: { attributeId: size.id, valueEn: "XL" }, select: { id: true } });
    await deleteAttributeValue({ actor: manager, valueId: xl.id });
    expect(await findMissingVariants({ actor: manager, productId: groupId })).toEqual([]);
  });

  it("numbers default SKUs past ones already taken, and only groups have variants", async () => {
    await createProduct({ actor: manager, input: productInput({ sku: "TS-500-RED-S" }) });
    const groupId = await shirt("TS-500");
    await generateVariants({ actor: manager, productId: groupId });
    expect(await db.product.count({ where: { sku: "TS-500-RED-S-2", parentId: groupId } })).toBe(1);
    const simple = await createProduct({ actor: manager, input: productInput() });
    await expect(generateVariants({ actor: manager, productId: simple.id })).rejects.toMatchObject({ key: "catalog.notAGroup" });
    await expect(addVariantAttribute({ actor: manager, input: { productId: simple.id, nameZh: "a", nameEn: "a", values: [{ valueZh: "b", valueEn: "b" }] } })).rejects.toMatchObject({ key: "catalog.notAGroup" });
  });
});
