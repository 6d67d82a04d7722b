import "server-only";
import { db } from "@/lib/db/client";

export type Option = { value: string; label: string };

/** Warehouses for selects: active ones first, then archived (still useful as a filter). */
export async function findWarehouseOptions({ activeOnly = false }: { activeOnly?: boolean } = {}): Promise<(Option & { isDefault: boolean })[]> {
  const rows = await db.warehouse.findMany({
    where: activeOnly ? { active: true } : {},
    orderBy: [{ active: "desc" }, { isDefault: "desc" }, { code: "asc" }],
    select: { id: true, code: true, name: true, isDefault: true },
  });
  return rows.map((w) => ({ value: w.id, label: `${w.code} · ${w.name}`, isDefault: w.isDefault }));
}

/** The category tree flattened in tree order, names in the viewer's language, indented by depth. */
export async function findCategoryOptions(locale: string): Promise<Option[]> {
  const rows = await db.category.findMany({ orderBy: [{ position: "asc" }, { nameEn: "asc" }], select: { id: true, parentId: true, nameZh: true, nameEn: true } });
  const children = new Map<string | null, typeof rows>();
  for (const c of rows) children.set(c.parentId, [...(children.get(c.parentId) ?? []), c]);
  const out: Option[] = [];
  const walk = (parentId: string | null, depth: number) => {
    for (const c of children.get(parentId) ?? []) {
      out.push({ value: c.id, label: `${"\u00a0\u00a0".repeat(depth)}${locale === "zh-CN" ? c.nameZh : c.nameEn}` });
      if (depth < 20) walk(c.id, depth + 1);
    }
  };
  walk(null, 0);
  return out;
}

/** A category and everything under it, for "in this category" filters. */
export async function categoryWithDescendants(categoryId: string): Promise<string[]> {
  const rows = await db.category.findMany({ select: { id: true, parentId: true } });
  const ids = new Set([categoryId]);
  // Breadth-first over the child lists; the set also stops a (corrupt) cycle.
  const queue = [categoryId];
  while (queue.length > 0) {
    const parent = queue.shift()!;
    for (const c of rows) {
      if (c.parentId !== parent || ids.has(c.id)) continue;
      ids.add(c.id);
      queue.push(c.id);
    }
  }
  return [...ids];
}
