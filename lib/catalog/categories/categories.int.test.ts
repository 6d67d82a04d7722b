import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { createProduct } from "@/lib/catalog/products/create-product";
import { db, dbKind } from "@/lib/db/client";
import { createCategoryRow, productInput } from "@/lib/testing/catalog-factories";
import { createActor, createCompany } from "@/lib/testing/factories";
import { createCategory } from "./create-category";
import { deleteCategory } from "./delete-category";
import { categoryAndDescendantIds, findCategories } from "./find-categories";
import { updateCategory } from "./update-category";

let manager: Actor;
const audits = (entityId: string) => db.auditEntry.findMany({ where: { entityType: "Category", entityId }, orderBy: { at: "asc" }, select: { action: true, actorId: true, before: true, after: true } });
const base = { slug: null, parentId: null, position: 0 };

beforeAll(async () => {
  await createCompany();
  manager = await createActor("manager");
});

describe(`categories on ${dbKind}`, () => {
  it("creates categories with slugs made from the English name, numbered when taken, audited", async () => {
    const a = await createCategory({ actor: manager, input: { ...base, nameZh: "办公用品", nameEn: "Office Supplies" } });
    const b = await createCategory({ actor: manager, input: { ...base, nameZh: "办公用品二", nameEn: "Office supplies!" } });
    const c = await createCategory({ actor: manager, input: { ...base, nameZh: "纸", nameEn: "纸张", parentId: a.id } });
    expect([a.slug, b.slug, c.slug]).toEqual(["office-supplies", "office-supplies-2", "category"]);
    const [entry] = await audits(a.id);
    expect(entry).toMatchObject({ action: "create", actorId: manager.id, before: null });
    expect(JSON.parse(entry.after!)).toMatchObject({ nameEn: "Office Supplies", slug: "office-supplies" });
    await expect(createCategory({ actor: manager, input: { ...base, nameZh: "x", nameEn: "x", slug: "office-supplies" } })).rejects.toMatchObject({ field: "slug", key: "catalog.slugTaken" });
    await expect(createCategory({ actor: manager, input: { ...base, nameZh: "x", nameEn: "x", parentId: "nope" } })).rejects.toMatchObject({ field: "parentId", key: "choice" });
  });

  it("refuses a move under itself or a descendant, writes nothing, and audits a real move with only what changed", async () => {
    const top = await createCategoryRow({ nameEn: "Top" });
    const mid = await createCategoryRow({ parentId: top.id });
    const leaf = await createCategoryRow({ parentId: mid.id });
    for (const parent of [top, mid, leaf]) {
      await expect(updateCategory({ actor: manager, input: { id: top.id, nameZh: top.nameZh, nameEn: top.nameEn, slug: null, parentId: parent.id, position: 0 } })).rejects.toMatchObject({ field: "parentId", key: "catalog.categoryCycle" });
    }
    expect(await audits(top.id)).toEqual([]);
    await updateCategory({ actor: manager, input: { id: leaf.id, nameZh: leaf.nameZh, nameEn: leaf.nameEn, slug: null, parentId: top.id, position: 3 } });
    const [entry] = await audits(leaf.id);
    expect(JSON.parse(entry.before!)).toEqual({ parentId: mid.id, position: 0 });
    expect(JSON.parse(entry.after!)).toEqual({ parentId: top.id, position: 3 });
    expect((await categoryAndDescendantIds(top.id)).sort()).toEqual([top.id, mid.id, leaf.id].sort());
  });

  it("counts products per category and up the tree", async () => {
    const parent = await createCategoryRow({ nameEn: "Counted" });
    const child = await createCategoryRow({ parentId: parent.id });
    await createProduct({ actor: manager, input: productInput({ categoryId: parent.id }) });
    await createProduct({ actor: manager, input: productInput({ categoryId: child.id }) });
    await createProduct({ actor: manager, input: productInput({ categoryId: child.id }) });
    const tree = await findCategories({ actor: manager, locale: "en" });
    expect(tree.find((c) => c.id === parent.id)).toMatchObject({ productCount: 1, totalCount: 3, depth: 0 });
    expect(tree.find((c) => c.id === child.id)).toMatchObject({ productCount: 2, totalCount: 2, depth: 1 });
  });

  it("deletes only an empty category, audited", async () => {
    const parent = await createCategoryRow();
    const child = await createCategoryRow({ parentId: parent.id });
    const product = await createProduct({ actor: manager, input: productInput({ categoryId: child.id }) });
    await expect(deleteCategory({ actor: manager, id: parent.id })).rejects.toMatchObject({ name: "AppError", key: "catalog.categoryHasSubcategories", values: { count: 1 } });
    await expect(deleteCategory({ actor: manager, id: child.id })).rejects.toMatchObject({ name: "AppError", key: "catalog.categoryHasProducts", values: { count: 1 } });
    expect(await db.product.findUnique({ where: { id: product.id }, select: { categoryId: true } })).toEqual({ categoryId: child.id });
    await db.product.update({ where: { id: product.id }, data: { categoryId: null } });
    await deleteCategory({ actor: manager, id: child.id });
    await deleteCategory({ actor: manager, id: parent.id });
    expect(await db.category.count({ where: { id: { in: [parent.id, child.id] } } })).toBe(0);
    const deleted = (await audits(child.id)).filter((e) => e.action === "delete");
    expect(deleted).toHaveLength(1);
    expect(JSON.parse(deleted[0].before!)).toMatchObject({ id: child.id, parentId: parent.id });
    await expect(deleteCategory({ actor: manager, id: child.id })).rejects.toMatchObject({ name: "NotFoundError" });
  });

  it("is for catalog managers only", async () => {
    const rep = await createActor("sales");
    const cat = await createCategoryRow();
    await expect(createCategory({ actor: rep, input: { ...base, nameZh: "x", nameEn: "x" } })).rejects.toMatchObject({ name: "AccessDeniedError" });
    await expect(deleteCategory({ actor: rep, id: cat.id })).rejects.toMatchObject({ name: "AccessDeniedError" });
    // Reading the tree (filters, product form) is for everyone with catalog.read.
    expect((await findCategories({ actor: rep, locale: "zh-CN" })).length).toBeGreaterThan(0);
  });
});
