import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { descendantsAndSelf, flattenTree, type FlatNode } from "@/lib/domain/team-tree";
import type { Locale } from "@/lib/i18n/locales";

export type CategoryRow = {
  id: string;
  parentId: string | null;
  nameZh: string;
  nameEn: string;
  slug: string;
  position: number;
  /** Products directly in this category. */
  productCount: number;
  /** Products in this category and all below it. */
  totalCount: number;
};

/**
 * Every category in tree order (parents first, siblings by position then name in the reader's
 * language) with product counts from ONE grouped query, summed up the tree in memory.
 */
export async function findCategories({ actor, locale }: { actor: Actor; locale: Locale }): Promise<FlatNode<CategoryRow>[]> {
  assertCan(actor, "catalog.read");
  const [categories, counts] = await Promise.all([
    db.category.findMany({ select: { id: true, parentId: true, nameZh: true, nameEn: true, slug: true, position: true } }),
    db.product.groupBy({ by: ["categoryId"], where: { categoryId: { not: null } }, _count: { _all: true } }),
  ]);
  const direct = new Map(counts.map((c) => [c.categoryId, c._count._all]));
  const rows: CategoryRow[] = categories.map((c) => ({ ...c, productCount: direct.get(c.id) ?? 0, totalCount: 0 }));
  for (const row of rows) {
    for (const id of descendantsAndSelf(rows, row.id)) row.totalCount += direct.get(id) ?? 0;
  }
  const collator = new Intl.Collator(locale);
  const name = (c: CategoryRow) => (locale === "en" ? c.nameEn : c.nameZh);
  return flattenTree(rows, (a, b) => a.position - b.position || collator.compare(name(a), name(b)));
}

/** A category and every category below it: a list filter on a parent also shows its children's products. */
export async function categoryAndDescendantIds(categoryId: string): Promise<string[]> {
  const links = await db.category.findMany({ select: { id: true, parentId: true } });
  if (!links.some((c) => c.id === categoryId)) return [];
  return [...descendantsAndSelf(links, categoryId)];
}
