import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { writeAudit } from "@/lib/audit/write-audit";
import type { Prisma } from "@/lib/db/generated/sqlite/client";
import { lockRows, transact } from "@/lib/db/transact";
import { AppError } from "@/lib/errors";
import type { StartCountInput } from "@/lib/validation/stock";
import { categoryWithDescendants } from "../find-stock-filter-options";

/**
 * Starts a stock count for one warehouse: snapshots the expected on-hand of every stock-tracked
 * product there (or of one category and its sub-categories) into StockCountLine. Active products
 * are all listed, discontinued ones only while they still have stock there. One open count per
 * warehouse at a time: the warehouse row is locked while checking, so two starts cannot both pass.
 */
export async function startStockCount({ actor, input }: { actor: Actor; input: StartCountInput }): Promise<{ id: string; lines: number }> {
  assertCan(actor, "stock.manage");
  // Resolved before the transaction: on SQLite a plain query inside one would wait for itself.
  const categoryIds = input.categoryId ? await categoryWithDescendants(input.categoryId) : null;
  return transact(async (tx) => {
    await lockRows(tx, "Warehouse", [input.warehouseId]);
    const warehouse = await tx.warehouse.findUnique({ where: { id: input.warehouseId }, select: { id: true, active: true } });
    if (!warehouse || !warehouse.active) throw new AppError("stock.warehouseMissing");
    const open = await tx.stockCount.findFirst({ where: { warehouseId: warehouse.id, status: "draft" }, select: { createdAt: true } });
    if (open) throw new AppError("stock.countOpen", { date: open.createdAt.toISOString().slice(0, 10) });

    const where: Prisma.ProductWhereInput = {
      stockTracked: true,
      kind: { not: "group" },
      OR: [{ status: "active" }, { stockLevels: { some: { warehouseId: warehouse.id, onHand: { not: 0 } } } }],
      ...(categoryIds ? { categoryId: { in: categoryIds } } : {}),
    };
    const products = await tx.product.findMany({ where, select: { id: true, stockLevels: { where: { warehouseId: warehouse.id }, select: { onHand: true } } } });
    if (products.length === 0) throw new AppError("stock.countEmpty");

    const count = await tx.stockCount.create({ data: { warehouseId: warehouse.id, note: input.note, createdById: actor.id }, select: { id: true } });
    await tx.stockCountLine.createMany({ data: products.map((p) => ({ countId: count.id, productId: p.id, expectedQty: p.stockLevels[0]?.onHand ?? 0 })) });
    await writeAudit(tx, { actor, action: "create", entityType: "StockCount", entityId: count.id, after: { warehouseId: warehouse.id, categoryId: input.categoryId, note: input.note, lines: products.length } });
    return { id: count.id, lines: products.length };
  });
}
