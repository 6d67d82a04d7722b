import "server-only";
import type { Scope } from "@/lib/auth/scope";
import type { Tx } from "@/lib/db/client";
import { lockRows } from "@/lib/db/transact";
import { NotFoundError } from "@/lib/errors";
import { ownedDocumentWhere } from "@/lib/sales/sales-scope";

/**
 * A quote the scope may see, with its current revision, locked for the rest of the transaction
 * (PostgreSQL row lock; SQLite already writes one transaction at a time), so a state change
 * read here cannot be overtaken by a concurrent one. Another rep's quote is NotFound.
 */
export async function loadQuoteForUpdate(tx: Tx, scope: Scope, id: string) {
  const visible = await tx.quote.findFirst({ where: { AND: [{ id }, ownedDocumentWhere(scope)] }, select: { id: true } });
  if (!visible) throw new NotFoundError();
  await lockRows(tx, "Quote", [id]);
  const quote = await tx.quote.findUniqueOrThrow({
    where: { id },
    select: {
      id: true,
      number: true,
      status: true,
      currentRevision: true,
      accountId: true,
      contactId: true,
      opportunityId: true,
      ownerId: true,
      teamId: true,
      title: true,
      validUntil: true,
      total: true,
      totalBase: true,
      currencyCode: true,
    },
  });
  const revision = await tx.quoteRevision.findUniqueOrThrow({ where: { quoteId_revision: { quoteId: id, revision: quote.currentRevision } } });
  return { ...quote, current: revision };
}

export type LockedQuote = Awaited<ReturnType<typeof loadQuoteForUpdate>>;
