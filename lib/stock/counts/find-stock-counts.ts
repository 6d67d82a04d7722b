import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";

/** Open counts first, then the latest closed ones (a short list; counts are occasional). */
export async function findStockCounts({ actor, take = 50 }: { actor: Actor; take?: number }) {
  assertCan(actor, "stock.manage");
  const select = {
    id: true,
    status: true,
    note: true,
    createdAt: true,
    postedAt: true,
    createdById: true,
    operationId: true,
    warehouse: { select: { code: true, name: true } },
    _count: { select: { lines: true } },
  } as const;
  const [drafts, closed] = await Promise.all([
    db.stockCount.findMany({ where: { status: "draft" }, orderBy: { createdAt: "desc" }, select }),
    db.stockCount.findMany({ where: { status: { not: "draft" } }, orderBy: { createdAt: "desc" }, take, select }),
  ]);
  const rows = [...drafts, ...closed];
  const [users, ops, counted] = await Promise.all([
    db.user.findMany({ where: { id: { in: [...new Set(rows.map((r) => r.createdById))] } }, select: { id: true, name: true } }),
    db.stockOperation.findMany({ where: { id: { in: rows.flatMap((r) => (r.operationId ? [r.operationId] : [])) } }, select: { id: true, number: true } }),
    db.stockCountLine.groupBy({ by: ["countId"], where: { countId: { in: drafts.map((d) => d.id) }, countedQty: { not: null } }, _count: { productId: true } }),
  ]);
  const userName = new Map(users.map((u) => [u.id, u.name]));
  const opNumber = new Map(ops.map((o) => [o.id, o.number]));
  const countedBy = new Map(counted.map((c) => [c.countId, c._count.productId]));
  return rows.map((r) => ({
    id: r.id,
    status: r.status,
    note: r.note,
    createdAt: r.createdAt,
    postedAt: r.postedAt,
    warehouse: `${r.warehouse.code} · ${r.warehouse.name}`,
    createdBy: userName.get(r.createdById) ?? "",
    lines: r._count.lines,
    counted: r.status === "draft" ? (countedBy.get(r.id) ?? 0) : null,
    operation: r.operationId ? { id: r.operationId, number: opNumber.get(r.operationId) ?? "" } : null,
  }));
}
