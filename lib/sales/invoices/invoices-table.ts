import "server-only";
import type { Prisma } from "@/lib/db/generated/sqlite/client";
import { containsText } from "@/lib/db/provider";
import { defineTable, filter, type TableParams } from "@/lib/table/params";

export const INVOICE_KINDS = ["INVOICE", "CREDIT_NOTE"] as const;
export const INVOICE_STATUSES = ["draft", "issued", "void"] as const;

// The invoices list's URL contract, shared by the page, the CSV export and the tests.
export const INVOICES_TABLE = defineTable({
  sortable: ["issueDate", "dueDate", "number", "total", "createdAt"],
  defaultSort: "issueDate",
  defaultDir: "desc",
  filters: {
    kind: filter.oneOf(INVOICE_KINDS),
    status: filter.oneOf(INVOICE_STATUSES),
    // Issued invoices past their due date with money still open.
    overdue: filter.oneOf(["yes"]),
    account: filter.id(),
    from: filter.day(),
    to: filter.day(),
  },
});

export type InvoicesParams = TableParams<(typeof INVOICES_TABLE.sortable)[number], typeof INVOICES_TABLE.filters>;

/**
 * Search and filters; the caller ANDs the scope in, and for `overdue` the ids of the open
 * overdue invoices (openOverdueIds), since "open" is derived from allocations.
 */
export function invoicesWhere(params: Pick<InvoicesParams, "q" | "filters">, overdueIds: string[] | null): Prisma.InvoiceWhereInput {
  const and: Prisma.InvoiceWhereInput[] = [];
  const { kind, status, account, from, to } = params.filters;
  if (kind) and.push({ kind });
  if (status) and.push({ status });
  if (account) and.push({ accountId: account });
  if (from) and.push({ issueDate: { gte: from } });
  if (to) and.push({ issueDate: { lte: to } });
  if (overdueIds) and.push({ id: { in: overdueIds } });
  if (params.q) {
    const q = containsText(params.q);
    and.push({ OR: [{ number: q }, { account: { name: q } }, { buyerReference: q }, { orderReference: q }] });
  }
  return { AND: and };
}

export function invoicesOrderBy(params: Pick<InvoicesParams, "sort" | "dir">): Prisma.InvoiceOrderByWithRelationInput[] {
  return [{ [params.sort]: params.dir }, { id: params.dir }];
}
