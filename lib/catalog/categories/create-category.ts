import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { writeAudit } from "@/lib/audit/write-audit";
import { isUniqueViolation } from "@/lib/db/errors";
import { transact } from "@/lib/db/transact";
import { FieldError } from "@/lib/errors";
import type { CategoryCreateInput } from "@/lib/validation/category";
import { assertCategoryParentExists, CATEGORY_AUDIT_SELECT, resolveCategorySlug } from "./category-rules";

/** A new category (a leaf, so it cannot close a cycle), audited. */
export async function createCategory({ actor, input }: { actor: Actor; input: CategoryCreateInput }) {
  assertCan(actor, "catalog.manage");
  try {
    return await transact(async (tx) => {
      await assertCategoryParentExists(tx, input.parentId);
      const slug = await resolveCategorySlug(tx, input.slug, input.nameEn);
      const data = { nameZh: input.nameZh, nameEn: input.nameEn, slug, parentId: input.parentId, position: input.position };
      const category = await tx.category.create({ data, select: CATEGORY_AUDIT_SELECT });
      await writeAudit(tx, { actor, action: "create", entityType: "Category", entityId: category.id, after: category });
      return category;
    });
  } catch (error) {
    // Two people taking the same slug at once: the unique index decides, same answer.
    if (isUniqueViolation(error)) throw new FieldError("slug", "catalog.slugTaken");
    throw error;
  }
}
