import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/sqlite/client";
import { accountDocumentWhere, salesScope } from "@/lib/sales/sales-scope";
import { pageWindow } from "@/lib/table/params";
import { returnsOrderBy, returnsWhere, type ReturnsParams } from "./returns-table";

const SELECT = {
  id: true,
  number: true,
  status: true,
  returnDate: true,
  reason: true,
  creditNoteId: true,
  account: { select: { id: true, name: true } },
  delivery: { select: { id: true, number: true } },
  _count: { select: { lines: true } },
} satisfies Prisma.SalesReturnSelect;

type Raw = Prisma.SalesReturnGetPayload<{ select: typeof SELECT }>;

export type ReturnListRow = {
  id: string;
  number: string;
  status: string;
  returnDate: string;
  reason: string;
  account: { id: string; name: string };
  delivery: { id: string; number: string };
  lines: number;
  creditNote: { id: string; number: string } | null;
};

/** Credit note numbers for a page of returns: one small lookup. */
async function toRows(rows: Raw[]): Promise<ReturnListRow[]> {
  const ids = rows.flatMap((r) => (r.creditNoteId ? [r.creditNoteId] : []));
  const notes = ids.length ? await db.invoice.findMany({ where: { id: { in: ids } }, select: { id: true, number: true } }) : [];
  const number = new Map(notes.map((n) => [n.id, n.number ?? ""]));
  return rows.map((r) => ({
    id: r.id,
    number: r.number,
    status: r.status,
    returnDate: r.returnDate,
    reason: r.reason,
    account: r.account,
    delivery: r.delivery,
    lines: r._count.lines,
    creditNote: r.creditNoteId ? { id: r.creditNoteId, number: number.get(r.creditNoteId) ?? "" } : null,
  }));
}

async function scopedWhere(actor: Actor, params: ReturnsParams): Promise<Prisma.SalesReturnWhereInput> {
  const scope = await salesScope(actor);
  return { AND: [accountDocumentWhere(scope), returnsWhere(params)] };
}

export async function findReturns({ actor, params }: { actor: Actor; params: ReturnsParams }): Promise<{ rows: ReturnListRow[]; total: number; page: number }> {
  const where = await scopedWhere(actor, params);
  const total = await db.salesReturn.count({ where });
  const { page, skip, take } = pageWindow(params, total);
  const rows = await db.salesReturn.findMany({ where, orderBy: returnsOrderBy(params), skip, take, select: SELECT });
  return { rows: await toRows(rows), total, page };
}

export async function findReturnsBatch({ actor, params, cursor, take }: { actor: Actor; params: ReturnsParams; cursor: string | null; take: number }): Promise<ReturnListRow[]> {
  const where = await scopedWhere(actor, params);
  const rows = await db.salesReturn.findMany({ where: cursor ? { AND: [where, { id: { gt: cursor } }] } : where, orderBy: { id: "asc" }, take, select: SELECT });
  return toRows(rows);
}
