import type { CategoryNodeSource } from "./to-public-product";

type CategoryLink = { id: string; parentId: string | null; slug: string; nameZh: string; nameEn: string };

/** Every category's path from the root down to itself. Pure; a cycle in bad data ends the walk. */
export function buildCategoryPaths(rows: readonly CategoryLink[]): Map<string, CategoryNodeSource[]> {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const paths = new Map<string, CategoryNodeSource[]>();
  for (const row of rows) {
    const path: CategoryNodeSource[] = [];
    const seen = new Set<string>();
    for (let node: CategoryLink | undefined = row; node && !seen.has(node.id); node = node.parentId ? byId.get(node.parentId) : undefined) {
      seen.add(node.id);
      path.unshift({ slug: node.slug, nameZh: node.nameZh, nameEn: node.nameEn });
    }
    paths.set(row.id, path);
  }
  return paths;
}
