import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { changedFields, writeAudit } from "@/lib/audit/write-audit";
import { isUniqueViolation } from "@/lib/db/errors";
import { lockRows, transact } from "@/lib/db/transact";
import { wouldCreateCycle } from "@/lib/domain/team-tree";
import { FieldError, NotFoundError } from "@/lib/errors";
import type { CategoryUpdateInput } from "@/lib/validation/category";
import { assertCategoryParentExists, CATEGORY_AUDIT_SELECT, resolveCategorySlug } from "./category-rules";

/** Renames, re-slugs, re-orders or moves a category; a move may not close a loop. Audited with what changed. */
export async function updateCategory({ actor, input }: { actor: Actor; input: CategoryUpdateInput }) {
  assertCan(actor, "catalog.manage");
  try {
    return await transact(async (tx) => {
      const before = await tx.category.findUnique({ where: { id: input.id }, select: CATEGORY_AUDIT_SELECT });
      if (!before) throw new NotFoundError();
      if (input.parentId !== before.parentId) {
        // Two crossing moves (A under B, B under A) could each pass alone: lock the tree on
        // PostgreSQL (SQLite already writes one at a time), then read it fresh.
        const ids = await tx.category.findMany({ select: { id: true } });
        await lockRows(tx, "Category", ids.map((c) => c.id));
        const tree = await tx.category.findMany({ select: { id: true, parentId: true } });
        if (wouldCreateCycle(tree, input.id, input.parentId)) throw new FieldError("parentId", "catalog.categoryCycle");
        await assertCategoryParentExists(tx, input.parentId);
      }
      // An emptied slug field keeps the current slug: links to the category stay valid.
      const slug = input.slug === null ? before.slug : await resolveCategorySlug(tx, input.slug, input.nameEn, input.id);
      const next = { nameZh: input.nameZh, nameEn: input.nameEn, slug, parentId: input.parentId, position: input.position };
      const diff = changedFields(before, next);
      if (Object.keys(diff.after).length === 0) return before;
      const category = await tx.category.update({ where: { id: input.id }, data: diff.after, select: CATEGORY_AUDIT_SELECT });
      await writeAudit(tx, { actor, action: "update", entityType: "Category", entityId: input.id, ...diff });
      return category;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new FieldError("slug", "catalog.slugTaken");
    throw error;
  }
}
