import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { writeAudit } from "@/lib/audit/write-audit";
import { transact } from "@/lib/db/transact";
import { AppError } from "@/lib/errors";
import { notify } from "@/lib/notifications/notify";
import { salesScope } from "@/lib/sales/sales-scope";
import type { QuoteApprovalInput } from "@/lib/validation/quotes";
import { loadQuoteForUpdate } from "./load-quote-for-update";

/**
 * A manager approves or rejects the discount of a quote's pending revision, with a comment.
 * Either way the quote is a draft again: approved → it can be sent; rejected → the rep revises
 * (which makes a new revision). Audited, and the author is told.
 */
export async function decideQuoteApproval({ actor, input }: { actor: Actor; input: QuoteApprovalInput }): Promise<{ id: string; approvalStatus: "approved" | "rejected" }> {
  assertCan(actor, "quotes.approve");
  const scope = await salesScope(actor);
  return transact(async (tx) => {
    const quote = await loadQuoteForUpdate(tx, scope, input.id);
    if (quote.status !== "pending_approval" || quote.current.approvalStatus !== "pending") throw new AppError("quotes.wrongStatus");
    // Four eyes: whoever wrote the discount cannot approve it.
    if (quote.current.createdById === actor.id) throw new AppError("quotes.selfApproval");
    if (input.decision === "reject" && input.comment === "") throw new AppError("quotes.commentRequired");
    const approvalStatus = input.decision === "approve" ? "approved" : "rejected";
    const at = new Date();
    await tx.quoteRevision.update({ where: { id: quote.current.id }, data: { approvalStatus, approvalComment: input.comment, approvedById: actor.id, approvalAt: at }, select: { id: true } });
    await tx.quote.update({ where: { id: quote.id }, data: { status: "draft" }, select: { id: true } });
    await writeAudit(tx, {
      actor,
      action: input.decision,
      entityType: "Quote",
      entityId: quote.id,
      before: { status: quote.status, approvalStatus: "pending" },
      after: { status: "draft", approvalStatus, revision: quote.currentRevision, maxDiscountBp: quote.current.maxDiscountBp, comment: input.comment },
    });
    await notify(tx, {
      userId: quote.current.createdById,
      kind: "quote_approval",
      messageKey: approvalStatus === "approved" ? "quoteApproved" : "quoteApprovalRejected",
      values: { number: quote.number, revision: quote.currentRevision, who: actor.name, comment: input.comment },
      link: `/app/sales/quotes/${quote.id}`,
    });
    return { id: quote.id, approvalStatus };
  });
}
