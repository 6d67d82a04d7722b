import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";

/** One category for its edit page, with its direct product and sub-category counts. */
export async function findCategory({ actor, id }: { actor: Actor; id: string }) {
  assertCan(actor, "catalog.manage");
  const category = await db.category.findUnique({
    where: { id },
    select: { id: true, nameZh: true, nameEn: true, slug: true, parentId: true, position: true, createdAt: true, updatedAt: true, _count: { select: { products: true, children: true } } },
  });
  if (!category) throw new NotFoundError();
  const { _count, ...rest } = category;
  return { ...rest, productCount: _count.products, childCount: _count.children };
}
