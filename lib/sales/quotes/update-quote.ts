import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { writeAudit } from "@/lib/audit/write-audit";
import { transact } from "@/lib/db/transact";
import { AppError } from "@/lib/errors";
import { companyDay } from "@/lib/pricing/company-day";
import { salesScope } from "@/lib/sales/sales-scope";
import type { QuoteUpdateInput } from "@/lib/validation/quotes";
import { buildRevision } from "./build-revision";
import { editsInPlace } from "./edits-in-place";
import { loadQuoteForUpdate } from "./load-quote-for-update";

/**
 * Saves a quote's header and lines. A draft nobody has seen or approved is edited in place (its
 * current revision); once a revision was sent, approved or rejected it is history: the change
 * becomes revision n+1 and the quote goes back to draft. Accepted quotes are final.
 */
export async function updateQuote({ actor, input, now = new Date() }: { actor: Actor; input: QuoteUpdateInput; now?: Date }): Promise<{ id: string; revision: number; newRevision: boolean }> {
  assertCan(actor, "sales.manage");
  const scope = await salesScope(actor);
  const today = companyDay(now);
  return transact(async (tx) => {
    const quote = await loadQuoteForUpdate(tx, scope, input.id);
    if (quote.status === "accepted") throw new AppError("quotes.notEditable");
    const built = await buildRevision(tx, { actor, accountId: quote.accountId, input, today });
    const inPlace = editsInPlace(quote, quote.current);
    const revision = inPlace ? quote.currentRevision : quote.currentRevision + 1;

    if (inPlace) {
      await tx.quoteLine.deleteMany({ where: { revisionId: quote.current.id } });
      // Editing withdraws a pending approval request: the manager would approve other numbers.
      await tx.quoteRevision.update({
        where: { id: quote.current.id },
        data: { ...built.revision, approvalStatus: "none", approvalComment: "", approvedById: null, approvalAt: null, lines: { create: built.lines } },
        select: { id: true },
      });
    } else {
      await tx.quoteRevision.create({ data: { quoteId: quote.id, revision, ...built.revision, createdById: actor.id, lines: { create: built.lines } }, select: { id: true } });
    }
    await tx.quote.update({
      where: { id: quote.id },
      data: { ...built.quote, currentRevision: revision, status: "draft", rejectReason: "", decidedAt: null },
      select: { id: true },
    });
    const before = { status: quote.status, revision: quote.currentRevision, total: quote.total, validUntil: quote.validUntil };
    const after = { status: "draft", revision, total: built.quote.total, validUntil: built.quote.validUntil, lines: built.lines.length };
    await writeAudit(tx, { actor, action: inPlace ? "update" : "revise", entityType: "Quote", entityId: quote.id, before, after });
    return { id: quote.id, revision, newRevision: !inPlace };
  });
}
