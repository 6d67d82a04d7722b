import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";

const SELECT = { id: true, code: true, name: true, address: true, isDefault: true, active: true, createdAt: true, updatedAt: true } as const;

/** Every warehouse (there are few) with how many products have stock there. */
export async function findWarehouses({ actor }: { actor: Actor }) {
  assertCan(actor, "stock.manage");
  const [rows, counts] = await Promise.all([
    db.warehouse.findMany({ orderBy: [{ active: "desc" }, { isDefault: "desc" }, { code: "asc" }], select: SELECT }),
    db.stockLevel.groupBy({ by: ["warehouseId"], where: { onHand: { gt: 0 } }, _count: { productId: true } }),
  ]);
  const stocked = new Map(counts.map((c) => [c.warehouseId, c._count.productId]));
  return rows.map((w) => ({ ...w, products: stocked.get(w.id) ?? 0 }));
}

export async function findWarehouse({ actor, id }: { actor: Actor; id: string }) {
  assertCan(actor, "stock.manage");
  const row = await db.warehouse.findUnique({ where: { id }, select: SELECT });
  if (!row) throw new NotFoundError();
  return row;
}
