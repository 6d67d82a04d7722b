import "server-only";
import type { Prisma } from "@/lib/db/generated/sqlite/client";
import { containsText } from "@/lib/db/provider";
import { defineTable, filter, type TableParams } from "@/lib/table/params";
import { QUOTE_STATUSES } from "@/lib/validation/quotes";

// The quotes list's URL contract, shared by the page and the CSV export.
export const QUOTES_TABLE = defineTable({
  sortable: ["number", "title", "totalBase", "validUntil", "createdAt", "status"],
  defaultSort: "createdAt",
  defaultDir: "desc",
  filters: {
    status: filter.oneOf(QUOTE_STATUSES),
    owner: filter.id(),
    account: filter.id(),
  },
});

export type QuotesParams = TableParams<(typeof QUOTES_TABLE.sortable)[number], typeof QUOTES_TABLE.filters>;

const EXPIRING = ["draft", "sent"];

/**
 * Filters → Prisma where (the caller adds the scope). Search: number, title or account name.
 * A draft or sent quote past its validity counts as expired even before the worker's sweep
 * marks it (`today` is the company day), so the list never shows a stale "sent".
 */
export function quotesWhere(params: Pick<QuotesParams, "q" | "filters">, today: string): Prisma.QuoteWhereInput {
  const and: Prisma.QuoteWhereInput[] = [];
  const { status, owner, account } = params.filters;
  if (status === "expired") and.push({ OR: [{ status }, { status: { in: EXPIRING }, validUntil: { lt: today } }] });
  else if (status && EXPIRING.includes(status)) and.push({ status, validUntil: { gte: today } });
  else if (status) and.push({ status });
  if (owner) and.push({ ownerId: owner });
  if (account) and.push({ accountId: account });
  if (params.q) and.push({ OR: [{ number: containsText(params.q) }, { title: containsText(params.q) }, { account: { name: containsText(params.q) } }] });
  return { AND: and };
}

/** The status a person should see: draft/sent past validity reads "expired". */
export function shownStatus(quote: { status: string; validUntil: string }, today: string): string {
  return EXPIRING.includes(quote.status) && quote.validUntil < today ? "expired" : quote.status;
}

export function quotesOrderBy(params: Pick<QuotesParams, "sort" | "dir">): Prisma.QuoteOrderByWithRelationInput[] {
  return [{ [params.sort]: params.dir }, { id: "asc" }];
}
