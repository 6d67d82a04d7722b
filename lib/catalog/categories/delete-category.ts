import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { writeAudit } from "@/lib/audit/write-audit";
import { lockRows, transact } from "@/lib/db/transact";
import { AppError, NotFoundError } from "@/lib/errors";
import { CATEGORY_AUDIT_SELECT } from "./category-rules";

/**
 * Deletes an empty category. Products and sub-categories are never moved silently (products
 * would otherwise lose their category through onDelete: SetNull). The row lock (PostgreSQL)
 * makes a concurrent "put a product here" wait for this check.
 */
export async function deleteCategory({ actor, id }: { actor: Actor; id: string }): Promise<void> {
  assertCan(actor, "catalog.manage");
  await transact(async (tx) => {
    await lockRows(tx, "Category", [id]);
    const category = await tx.category.findUnique({ where: { id }, select: { ...CATEGORY_AUDIT_SELECT, _count: { select: { products: true, children: true } } } });
    if (!category) throw new NotFoundError();
    if (category._count.products > 0) throw new AppError("catalog.categoryHasProducts", { count: category._count.products });
    if (category._count.children > 0) throw new AppError("catalog.categoryHasSubcategories", { count: category._count.children });
    await tx.category.delete({ where: { id } });
    const { _count: _ignored, ...before } = category;
    await writeAudit(tx, { actor, action: "delete", entityType: "Category", entityId: id, before });
  });
}
