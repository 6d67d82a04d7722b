import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan, can } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { sumMoney, toMinor } from "@/lib/domain/money";
import { NotFoundError } from "@/lib/errors";

/** One operation with its moves, for the detail page. Cost figures only for cost.read. */
export async function findStockOperation({ actor, id }: { actor: Actor; id: string }) {
  assertCan(actor, "stock.read");
  const showCost = can(actor, "cost.read");
  const op = await db.stockOperation.findUnique({
    where: { id },
    select: {
      id: true,
      number: true,
      type: true,
      postedAt: true,
      supplierRef: true,
      reason: true,
      note: true,
      warehouseId: true,
      toWarehouseId: true,
      createdById: true,
      reversalOf: { select: { id: true, number: true } },
      reversedBy: { select: { id: true, number: true } },
      moves: {
        orderBy: { seq: "asc" },
        select: {
          id: true,
          quantity: true,
          unitCost: true,
          valueDelta: true,
          warehouse: { select: { code: true, name: true } },
          product: { select: { id: true, sku: true, nameZh: true, nameEn: true, uom: true } },
        },
      },
    },
  });
  if (!op) throw new NotFoundError();
  const [warehouses, user, count] = await Promise.all([
    db.warehouse.findMany({ where: { id: { in: [op.warehouseId, ...(op.toWarehouseId ? [op.toWarehouseId] : [])] } }, select: { id: true, code: true, name: true } }),
    db.user.findUnique({ where: { id: op.createdById }, select: { name: true } }),
    db.stockCount.findUnique({ where: { operationId: op.id }, select: { id: true } }),
  ]);
  const label = (wid: string | null) => {
    const w = warehouses.find((x) => x.id === wid);
    return w ? `${w.code} · ${w.name}` : null;
  };
  const moves = op.moves.map((m) => ({
    id: m.id,
    productId: m.product.id,
    sku: m.product.sku,
    name: actor.locale === "zh-CN" ? m.product.nameZh : m.product.nameEn,
    uom: m.product.uom,
    warehouse: m.warehouse.code,
    quantity: m.quantity,
    unitCost: showCost ? m.unitCost : null,
    valueDelta: showCost ? toMinor(m.valueDelta) : null,
  }));
  return {
    id: op.id,
    number: op.number,
    type: op.type,
    postedAt: op.postedAt,
    supplierRef: op.supplierRef,
    reason: op.reason,
    note: op.note,
    warehouse: label(op.warehouseId) ?? "",
    toWarehouse: label(op.toWarehouseId),
    createdBy: user?.name ?? "",
    reversalOf: op.reversalOf,
    reversedBy: op.reversedBy,
    countId: count?.id ?? null,
    moves,
    totalValue: showCost ? sumMoney(moves.map((m) => m.valueDelta ?? 0)) : null,
  };
}

export type StockOperationDetail = Awaited<ReturnType<typeof findStockOperation>>;
