import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { toMinor } from "@/lib/domain/money";
import { companyDay } from "@/lib/pricing/company-day";
import { ownedDocumentWhere, salesScope } from "@/lib/sales/sales-scope";
import { pageWindow } from "@/lib/table/params";
import { quotesOrderBy, quotesWhere, shownStatus, type QuotesParams } from "./quotes-table";

const QUOTE_LIST_SELECT = {
  id: true,
  number: true,
  title: true,
  status: true,
  currentRevision: true,
  currencyCode: true,
  total: true,
  totalBase: true,
  validUntil: true,
  createdAt: true,
  account: { select: { id: true, name: true } },
  owner: { select: { id: true, name: true } },
} as const;

type Row = { total: bigint; totalBase: bigint; status: string; validUntil: string };
// BigInt columns do not cross to the browser: amounts become checked numbers here.
const present = <T extends Row>(row: T, today: string): Omit<T, "total" | "totalBase"> & { total: number; totalBase: number } => ({
  ...row,
  total: toMinor(row.total),
  totalBase: toMinor(row.totalBase),
  status: shownStatus(row, today),
});

/** One page of the quotes the actor may see. */
export async function findQuotes({ actor, params, now = new Date() }: { actor: Actor; params: QuotesParams; now?: Date }) {
  const scope = await salesScope(actor);
  const today = companyDay(now);
  const where = { AND: [ownedDocumentWhere(scope), quotesWhere(params, today)] };
  const total = await db.quote.count({ where });
  const { page, skip, take } = pageWindow(params, total);
  const rows = await db.quote.findMany({ where, orderBy: quotesOrderBy(params), skip, take, select: QUOTE_LIST_SELECT });
  return { rows: rows.map((r) => present(r, today)), total, page };
}

export type QuoteListRow = Awaited<ReturnType<typeof findQuotes>>["rows"][number];

/** The same filter and scope for the CSV export, in id-ordered keyset batches. */
export async function findQuotesBatch({ actor, params, cursor, take }: { actor: Actor; params: QuotesParams; cursor: string | null; take: number }) {
  const scope = await salesScope(actor);
  const today = companyDay();
  const and = [ownedDocumentWhere(scope), quotesWhere(params, today)];
  if (cursor) and.push({ id: { gt: cursor } });
  const rows = await db.quote.findMany({ where: { AND: and }, orderBy: { id: "asc" }, take, select: QUOTE_LIST_SELECT });
  return rows.map((r) => present(r, today));
}

/** Owner filter choices: people who own a quote the actor sees. */
export async function findQuoteOwnerOptions({ actor }: { actor: Actor }) {
  const scope = await salesScope(actor);
  return db.user.findMany({ where: { ownedQuotes: { some: ownedDocumentWhere(scope) } }, select: { id: true, name: true }, orderBy: { name: "asc" } });
}
