import type { FlatNode } from "@/lib/domain/team-tree";
import type { CategoryRow } from "@/lib/catalog/categories/find-categories";

/** Categories as select options in tree order, indented by depth (selects cannot nest), in the reader's language. */
export function categoryOptions(categories: FlatNode<CategoryRow>[], locale: string, exclude: Set<string> = new Set()) {
  return categories
    .filter((c) => !exclude.has(c.id))
    .map((c) => ({ value: c.id, label: `${"\u00a0\u00a0\u00a0".repeat(c.depth)}${locale === "en" ? c.nameEn : c.nameZh}` }));
}
