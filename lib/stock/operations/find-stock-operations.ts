import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { pageWindow } from "@/lib/table/params";
import { operationsOrderBy, operationsWhere, type OperationsParams } from "./operations-table";

const OPERATION_SELECT = {
  id: true,
  number: true,
  type: true,
  postedAt: true,
  supplierRef: true,
  reason: true,
  warehouseId: true,
  toWarehouseId: true,
  createdById: true,
  reversalOf: { select: { id: true, number: true } },
  reversedBy: { select: { id: true, number: true } },
  _count: { select: { moves: true } },
} as const;

type Raw = Awaited<ReturnType<typeof loadPage>>[number];

function loadPage(args: Parameters<typeof db.stockOperation.findMany>[0]) {
  return db.stockOperation.findMany({ ...args, select: OPERATION_SELECT });
}

export type OperationListRow = {
  id: string;
  number: string;
  type: string;
  postedAt: Date;
  reference: string;
  warehouse: string;
  toWarehouse: string | null;
  createdBy: string;
  lines: number;
  reversalOf: { id: string; number: string } | null;
  reversedBy: { id: string; number: string } | null;
};

/** Warehouse codes and user names for a page of operations: two small lookups, not a join per row. */
async function toRows(ops: Raw[]): Promise<OperationListRow[]> {
  const warehouseIds = [...new Set(ops.flatMap((o) => [o.warehouseId, ...(o.toWarehouseId ? [o.toWarehouseId] : [])]))];
  const userIds = [...new Set(ops.map((o) => o.createdById))];
  const [warehouses, users] = await Promise.all([
    db.warehouse.findMany({ where: { id: { in: warehouseIds } }, select: { id: true, code: true } }),
    db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true } }),
  ]);
  const code = new Map(warehouses.map((w) => [w.id, w.code]));
  const name = new Map(users.map((u) => [u.id, u.name]));
  return ops.map((o) => ({
    id: o.id,
    number: o.number,
    type: o.type,
    postedAt: o.postedAt,
    reference: o.supplierRef,
    warehouse: code.get(o.warehouseId) ?? "",
    toWarehouse: o.toWarehouseId ? (code.get(o.toWarehouseId) ?? "") : null,
    createdBy: name.get(o.createdById) ?? "",
    // A transfer (and its reversal) writes two moves per line: one out, one in.
    lines: o.toWarehouseId ? o._count.moves / 2 : o._count.moves,
    reversalOf: o.reversalOf,
    reversedBy: o.reversedBy,
  }));
}

export async function findStockOperations({ actor, params }: { actor: Actor; params: OperationsParams }) {
  assertCan(actor, "stock.read");
  const where = operationsWhere(params);
  const total = await db.stockOperation.count({ where });
  const { page, skip, take } = pageWindow(params, total);
  const ops = await loadPage({ where, orderBy: operationsOrderBy(params), skip, take });
  return { rows: await toRows(ops), total, page };
}

export async function findStockOperationsBatch({ actor, params, cursor, take }: { actor: Actor; params: OperationsParams; cursor: string | null; take: number }) {
  assertCan(actor, "stock.read");
  const filtered = operationsWhere(params);
  const ops = await loadPage({ where: cursor ? { AND: [filtered, { id: { gt: cursor } }] } : filtered, orderBy: { id: "asc" }, take });
  return toRows(ops);
}
