import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { writeAudit } from "@/lib/audit/write-audit";
import { transact } from "@/lib/db/transact";
import { AppError } from "@/lib/errors";
import { notify } from "@/lib/notifications/notify";
import { salesScope } from "@/lib/sales/sales-scope";
import { approversFor, revisionNeedsApproval } from "./discount-approval";
import { loadQuoteForUpdate } from "./load-quote-for-update";

/**
 * "Send" for a quote whose discount is above the author's limit: the current revision waits for
 * a manager (status pending_approval) and the approvers are notified in the same transaction.
 */
export async function requestQuoteApproval({ actor, id }: { actor: Actor; id: string }): Promise<{ id: string; notified: number }> {
  assertCan(actor, "sales.manage");
  const scope = await salesScope(actor);
  return transact(async (tx) => {
    const quote = await loadQuoteForUpdate(tx, scope, id);
    if (quote.status !== "draft" || quote.current.approvalStatus !== "none") throw new AppError("quotes.wrongStatus");
    if (!(await revisionNeedsApproval(tx, quote.current))) throw new AppError("quotes.approvalNotNeeded");
    await tx.quoteRevision.update({ where: { id: quote.current.id }, data: { approvalStatus: "pending", approvalComment: "", approvedById: null, approvalAt: null }, select: { id: true } });
    await tx.quote.update({ where: { id: quote.id }, data: { status: "pending_approval" }, select: { id: true } });
    const approvers = await approversFor(tx, quote.current.createdById);
    for (const userId of approvers) {
      await notify(tx, {
        userId,
        kind: "quote_approval",
        messageKey: "quoteApprovalRequested",
        values: { number: quote.number, revision: quote.currentRevision, who: actor.name },
        link: `/app/sales/quotes/${quote.id}`,
      });
    }
    await writeAudit(tx, { actor, action: "request_approval", entityType: "Quote", entityId: quote.id, before: { status: quote.status }, after: { status: "pending_approval", revision: quote.currentRevision, maxDiscountBp: quote.current.maxDiscountBp } });
    return { id: quote.id, notified: approvers.length };
  });
}
