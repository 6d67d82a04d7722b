// Category cells in a product CSV: a path of names ("办公设备 > 打印机" or "Office equipment >
// Printers", either language, any letter case) or a category slug. Pure, unit tested.

export type CategoryNode = { id: string; parentId: string | null; nameZh: string; nameEn: string; slug: string };

export type CategoryLookup = { find(cell: string): { id: string } | { error: "unknownCategory" | "ambiguousCategory" } };

const SEPARATOR = /\s*>\s*/;
const key = (text: string) => text.normalize("NFKC").trim().toLowerCase().replace(/\s+/g, " ");

/** Every path of every category in both languages, plus slugs, resolved in one map. */
export function categoryLookup(categories: readonly CategoryNode[]): CategoryLookup {
  const byId = new Map(categories.map((c) => [c.id, c]));
  const paths = new Map<string, Set<string>>();
  const names = new Map<string, Set<string>>();
  const slugs = new Map(categories.map((c) => [c.slug.toLowerCase(), c.id]));
  const add = (map: Map<string, Set<string>>, k: string, id: string) => {
    const set = map.get(k) ?? new Set<string>();
    set.add(id);
    map.set(k, set);
  };
  for (const category of categories) {
    for (const lang of ["nameZh", "nameEn"] as const) {
      const parts: string[] = [];
      const seen = new Set<string>();
      for (let c: CategoryNode | undefined = category; c && !seen.has(c.id); c = c.parentId ? byId.get(c.parentId) : undefined) {
        seen.add(c.id);
        parts.unshift(key(c[lang]));
      }
      add(paths, parts.join(">"), category.id);
      add(names, key(category[lang]), category.id);
    }
  }
  return {
    find(cell) {
      const text = key(cell);
      const slug = slugs.get(text);
      if (slug) return { id: slug };
      const path = text.split(SEPARATOR).filter(Boolean).join(">");
      const exact = paths.get(path);
      if (exact?.size === 1) return { id: [...exact][0] };
      if (exact && exact.size > 1) return { error: "ambiguousCategory" };
      // A single name also works when only one category anywhere has it ("打印机").
      if (!path.includes(">")) {
        const named = names.get(path);
        if (named?.size === 1) return { id: [...named][0] };
        if (named && named.size > 1) return { error: "ambiguousCategory" };
      }
      return { error: "unknownCategory" };
    },
  };
}

/**
 * What the export writes for each category: its path in `lang` when that path reads back to
 * the same category, else the slug (names with ">" in them, or two siblings of the same name).
 */
export function categoryCells(categories: readonly CategoryNode[], lang: "nameZh" | "nameEn"): Map<string, string> {
  const byId = new Map(categories.map((c) => [c.id, c]));
  const lookup = categoryLookup(categories);
  const cells = new Map<string, string>();
  for (const node of categories) {
    const parts: string[] = [];
    const seen = new Set<string>();
    for (let c: CategoryNode | undefined = node; c && !seen.has(c.id); c = c.parentId ? byId.get(c.parentId) : undefined) {
      seen.add(c.id);
      parts.unshift(c[lang]);
    }
    const path = parts.join(" > ");
    const back = parts.some((p) => p.includes(">")) ? null : lookup.find(path);
    cells.set(node.id, back && "id" in back && back.id === node.id ? path : node.slug);
  }
  return cells;
}
