import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/sqlite/client";
import { toMinor } from "@/lib/domain/money";
import { companyDay } from "@/lib/pricing/company-day";
import { ownedDocumentWhere, salesScope } from "@/lib/sales/sales-scope";
import { pageWindow } from "@/lib/table/params";
import { invoicesOrderBy, invoicesWhere, type InvoicesParams } from "./invoices-table";
import { openAmounts } from "./open-amounts";

const SELECT = {
  id: true,
  kind: true,
  number: true,
  status: true,
  issueDate: true,
  dueDate: true,
  currencyCode: true,
  total: true,
  totalBase: true,
  cashSale: true,
  account: { select: { id: true, name: true } },
  originalInvoice: { select: { id: true, number: true } },
} satisfies Prisma.InvoiceSelect;

export type InvoiceListRow = {
  id: string;
  kind: "INVOICE" | "CREDIT_NOTE";
  number: string | null;
  status: string;
  issueDate: string;
  dueDate: string;
  currencyCode: string;
  total: number;
  totalBase: number;
  /** Invoice: still owed. Credit note: not yet applied or refunded. 0 for drafts and voids. */
  open: number;
  overdueDays: number;
  account: { id: string; name: string };
  original: { id: string; number: string | null } | null;
};

// Enough for any real list of open overdue invoices; bounds the id list the filter builds.
const MAX_OVERDUE = 5000;

/** Issued invoices past due (before `today`) with an open amount, most overdue first. */
async function openOverdueIds(today: string): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT i."id" FROM "Invoice" i
    WHERE i."kind" = 'INVOICE' AND i."status" = 'issued' AND i."dueDate" < ${today}
      AND i."total" > COALESCE((SELECT SUM(a."amount") FROM "Allocation" a WHERE a."invoiceId" = i."id"), 0)
    ORDER BY i."dueDate" ASC LIMIT ${MAX_OVERDUE}`;
  return rows.map((r) => r.id);
}

async function scopedWhere(actor: Actor, params: InvoicesParams, today: string): Promise<Prisma.InvoiceWhereInput> {
  const scope = await salesScope(actor);
  const overdue = params.filters.overdue === "yes" ? await openOverdueIds(today) : null;
  return { AND: [ownedDocumentWhere(scope), invoicesWhere(params, overdue)] };
}

function daysLate(dueDate: string, today: string): number {
  return Math.max(0, Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${dueDate}T00:00:00Z`)) / 86_400_000));
}

async function toRows(raw: Prisma.InvoiceGetPayload<{ select: typeof SELECT }>[], today: string): Promise<InvoiceListRow[]> {
  const open = await openAmounts(db, raw.map((r) => ({ id: r.id, kind: r.kind, status: r.status, total: toMinor(r.total) })));
  return raw.map((r) => {
    const left = open.get(r.id) ?? 0;
    return {
      id: r.id,
      kind: r.kind === "CREDIT_NOTE" ? "CREDIT_NOTE" : "INVOICE",
      number: r.number,
      status: r.status,
      issueDate: r.issueDate,
      dueDate: r.dueDate,
      currencyCode: r.currencyCode,
      total: toMinor(r.total),
      totalBase: toMinor(r.totalBase),
      open: left,
      overdueDays: r.kind === "INVOICE" && r.status === "issued" && left > 0 ? daysLate(r.dueDate, today) : 0,
      account: r.account,
      original: r.originalInvoice,
    };
  });
}

/** One page of the invoices and credit notes the actor may see. */
export async function findInvoices({ actor, params, today = companyDay() }: { actor: Actor; params: InvoicesParams; today?: string }) {
  const where = await scopedWhere(actor, params, today);
  const total = await db.invoice.count({ where });
  const { page, skip, take } = pageWindow(params, total);
  const rows = await db.invoice.findMany({ where, orderBy: invoicesOrderBy(params), skip, take, select: SELECT });
  return { rows: await toRows(rows, today), total, page };
}

/** Keyset batches for the CSV export. */
export async function findInvoicesBatch({ actor, params, cursor, take, today = companyDay() }: { actor: Actor; params: InvoicesParams; cursor: string | null; take: number; today?: string }) {
  const where = await scopedWhere(actor, params, today);
  const rows = await db.invoice.findMany({ where: cursor ? { AND: [where, { id: { gt: cursor } }] } : where, orderBy: { id: "asc" }, take, select: SELECT });
  return toRows(rows, today);
}
