import "server-only";
import { db } from "@/lib/db/client";
import { descendantsAndSelf, flattenTree } from "@/lib/domain/team-tree";
import type { Locale } from "@/lib/i18n/locales";
import { buildCategoryPaths } from "./category-paths";
import { PUBLIC_PRODUCT_WHERE } from "./public-where";
import type { PublicCategory } from "./schema";

/**
 * The category tree as the public sees it: only categories with at least one public product in
 * them or below them, parents first, siblings by position then name, with public counts.
 */
export async function findPublicCategories(locale: Locale): Promise<PublicCategory[]> {
  const [categories, counts] = [
    await db.category.findMany({ select: { id: true, parentId: true, nameZh: true, nameEn: true, slug: true, position: true } }),
    await db.product.groupBy({ by: ["categoryId"], where: { ...PUBLIC_PRODUCT_WHERE, categoryId: { not: null } }, _count: { _all: true } }),
  ];
  const direct = new Map(counts.map((c) => [c.categoryId, c._count._all]));
  const byId = new Map(categories.map((c) => [c.id, c]));
  const paths = buildCategoryPaths(categories);
  const name = (c: { nameZh: string; nameEn: string }) => (locale === "en" ? c.nameEn || c.nameZh : c.nameZh || c.nameEn);
  const total = new Map(categories.map((c) => [c.id, [...descendantsAndSelf(categories, c.id)].reduce((sum, id) => sum + (direct.get(id) ?? 0), 0)]));
  const collator = new Intl.Collator(locale);
  const tree = flattenTree(categories, (a, b) => a.position - b.position || collator.compare(name(a), name(b)));
  return tree
    .filter((c) => (total.get(c.id) ?? 0) > 0)
    .map((c) => {
      const path = (paths.get(c.id) ?? []).map((n) => ({ slug: n.slug, name: name(n) }));
      return {
        slug: c.slug,
        parentSlug: c.parentId ? (byId.get(c.parentId)?.slug ?? null) : null,
        name: name(c),
        names: { "zh-CN": c.nameZh, en: c.nameEn },
        path,
        depth: c.depth,
        productCount: total.get(c.id) ?? 0,
      };
    });
}
