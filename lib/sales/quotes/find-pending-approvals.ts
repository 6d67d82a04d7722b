import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { ownedDocumentWhere, salesScope } from "@/lib/sales/sales-scope";

const LIMIT = 200;

/** Quotes waiting for a discount decision that the approver may see, oldest request first. */
export async function findPendingApprovals({ actor }: { actor: Actor }) {
  assertCan(actor, "quotes.approve");
  const scope = await salesScope(actor);
  const quotes = await db.quote.findMany({
    where: { AND: [{ status: "pending_approval" }, ownedDocumentWhere(scope)] },
    orderBy: [{ updatedAt: "asc" }, { id: "asc" }],
    take: LIMIT,
    select: { id: true, number: true, title: true, currentRevision: true, currencyCode: true, total: true, updatedAt: true, account: { select: { id: true, name: true } }, owner: { select: { id: true, name: true } } },
  });
  // The revision's discount, for the list: one query for all of them.
  const revisions = await db.quoteRevision.findMany({
    where: { OR: quotes.map((q) => ({ quoteId: q.id, revision: q.currentRevision })) },
    select: { quoteId: true, maxDiscountBp: true, createdById: true },
  });
  const byQuote = new Map(revisions.map((r) => [r.quoteId, r]));
  return quotes.map((q) => ({ ...q, total: Number(q.total), maxDiscountBp: byQuote.get(q.id)?.maxDiscountBp ?? 0, mine: byQuote.get(q.id)?.createdById === actor.id }));
}

export type PendingApprovalRow = Awaited<ReturnType<typeof findPendingApprovals>>[number];
