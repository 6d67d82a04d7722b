import "server-only";
import type { Tx } from "@/lib/db/client";
import { FieldError } from "@/lib/errors";
import { slugCandidate, slugify } from "@/lib/catalog/slug";

// Checks shared by create and update, run inside their transaction so they see what is written.

export const CATEGORY_AUDIT_SELECT = { id: true, nameZh: true, nameEn: true, slug: true, parentId: true, position: true } as const;

/** The parent must exist. */
export async function assertCategoryParentExists(tx: Tx, parentId: string | null): Promise<void> {
  if (parentId === null) return;
  const parent = await tx.category.findUnique({ where: { id: parentId }, select: { id: true } });
  if (!parent) throw new FieldError("parentId", "choice");
}

/**
 * The slug to store: the one typed (which must be free), or one made from the English name,
 * numbered until free ("office", "office-2"…). A name with no Latin letters gets "category".
 */
export async function resolveCategorySlug(tx: Tx, typed: string | null, nameEn: string, exceptId?: string): Promise<string> {
  const taken = async (slug: string) => {
    const row = await tx.category.findUnique({ where: { slug }, select: { id: true } });
    return row !== null && row.id !== exceptId;
  };
  if (typed) {
    if (await taken(typed)) throw new FieldError("slug", "catalog.slugTaken");
    return typed;
  }
  const base = slugify(nameEn) || "category";
  for (let attempt = 1; ; attempt++) {
    const slug = slugCandidate(base, attempt);
    if (!(await taken(slug))) return slug;
  }
}
