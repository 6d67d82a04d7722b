import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db, dbKind } from "@/lib/db/client";
import { createProduct } from "@/lib/catalog/products/create-product";
import { productInput } from "@/lib/testing/catalog-factories";
import { createActor, createCompany } from "@/lib/testing/factories";
import { optionGroupsSchema } from "@/lib/validation/product";
import { checkConfiguration } from "./check-configuration";
import { saveOptionGroups } from "./save-option-groups";

let manager: Actor;

// What the editor sends: text money, as JSON.
const groups = (raw: unknown[]) => optionGroupsSchema("CNY").parse({ productId: "x", groups: JSON.stringify(raw) }).groups;
const PEN = [
  { code: "body", nameZh: "笔身", nameEn: "Body", required: true, choices: [{ code: "steel", nameZh: "钢", nameEn: "Steel", priceDelta: "0" }, { code: "resin", nameZh: "树脂", nameEn: "Resin", priceDelta: "-15.00", excludes: "engraving.text" }] },
  { code: "engraving", nameZh: "刻字", nameEn: "Engraving", choices: [{ code: "text", nameZh: "文字", nameEn: "Text", priceDelta: "35.50", requiresNote: true }] },
];

beforeAll(async () => {
  await createCompany();
  manager = await createActor("manager");
});

describe(`configure-to-order on ${dbKind}`, () => {
  it("saves option groups, audited, and prices and validates configurations on the server", async () => {
    const { id } = await createProduct({ actor: manager, input: productInput({ configurable: true, listPrice: 19900 }) });
    await saveOptionGroups({ actor: manager, productId: id, groups: groups(PEN) });
    const stored = await db.productOptionGroup.findMany({ where: { productId: id }, orderBy: { position: "asc" }, select: { code: true, required: true, choices: { select: { code: true, priceDelta: true, excludes: true }, orderBy: { position: "asc" } } } });
    expect(stored).toEqual([
      { code: "body", required: true, choices: [{ code: "steel", priceDelta: 0, excludes: "" }, { code: "resin", priceDelta: -1500, excludes: "engraving.text" }] },
      { code: "engraving", required: false, choices: [{ code: "text", priceDelta: 3550, excludes: "" }] },
    ]);
    expect(await db.auditEntry.count({ where: { entityType: "Product", entityId: id, action: "updateOptions" } })).toBe(1);

    const rep = await createActor("sales");
    const ok = await checkConfiguration({ actor: rep, productId: id, configuration: { choices: [{ group: "engraving", choice: "text", note: " For Li " }, { group: "body", choice: "steel" }] } });
    expect(ok).toEqual({ ok: true, unitPrice: 19900 + 3550, configuration: { choices: [{ group: "body", choice: "steel" }, { group: "engraving", choice: "text", note: "For Li" }] } });
    const bad = await checkConfiguration({ actor: rep, productId: id, configuration: { choices: [{ group: "body", choice: "resin" }, { group: "engraving", choice: "text" }] } });
    expect(bad).toEqual({ ok: false, errors: [{ code: "excluded", group: "body", choice: "resin", other: "engraving.text" }, { code: "noteRequired", group: "engraving", choice: "text" }] });
    expect(await checkConfiguration({ actor: rep, productId: id, configuration: { choices: [] } })).toEqual({ ok: false, errors: [{ code: "requiredGroup", group: "body" }] });
  });

  it("replaces the whole set on the next save", async () => {
    const { id } = await createProduct({ actor: manager, input: productInput({ configurable: true }) });
    await saveOptionGroups({ actor: manager, productId: id, groups: groups(PEN) });
    await saveOptionGroups({ actor: manager, productId: id, groups: groups([PEN[1]]) });
    expect(await db.productOptionGroup.findMany({ where: { productId: id }, select: { code: true } })).toEqual([{ code: "engraving" }]);
    expect(await db.productOptionChoice.count({ where: { group: { productId: id } } })).toBe(1);
  });

  it("refuses repeated codes, unknown exclusions and non-configurable products, writing nothing", async () => {
    const { id } = await createProduct({ actor: manager, input: productInput({ configurable: true }) });
    await expect(saveOptionGroups({ actor: manager, productId: id, groups: groups([PEN[0], PEN[0]]) })).rejects.toMatchObject({ field: "groups.1.code", key: "catalog.optionCodeTaken" });
    const twice = { ...PEN[1], choices: [PEN[1].choices[0], PEN[1].choices[0]] };
    await expect(saveOptionGroups({ actor: manager, productId: id, groups: groups([twice]) })).rejects.toMatchObject({ field: "groups.0.choices.1.code" });
    await expect(saveOptionGroups({ actor: manager, productId: id, groups: groups([PEN[0]]) })).rejects.toMatchObject({ field: "groups.0.choices.1.excludes", key: "catalog.excludesUnknown", values: { codes: "engraving.text" } });
    expect(await db.productOptionGroup.count({ where: { productId: id } })).toBe(0);
    const plain = await createProduct({ actor: manager, input: productInput() });
    await expect(saveOptionGroups({ actor: manager, productId: plain.id, groups: groups(PEN) })).rejects.toMatchObject({ key: "catalog.notConfigurable" });
    await expect(checkConfiguration({ actor: manager, productId: plain.id, configuration: { choices: [] } })).rejects.toMatchObject({ key: "catalog.notConfigurable" });
    await expect(checkConfiguration({ actor: manager, productId: "missing", configuration: { choices: [] } })).rejects.toMatchObject({ name: "NotFoundError" });
  });
});
