import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { writeAudit } from "@/lib/audit/write-audit";
import { transact } from "@/lib/db/transact";
import { AppError } from "@/lib/errors";
import { enqueueDocumentEmailInTx } from "@/lib/documents/email-document";
import { isLocale } from "@/lib/i18n/locales";
import { companyDay } from "@/lib/pricing/company-day";
import { salesScope } from "@/lib/sales/sales-scope";
import { revisionNeedsApproval } from "./discount-approval";
import { loadQuoteForUpdate } from "./load-quote-for-update";

/**
 * Marks the current revision as sent to the customer. Only a draft whose discount is within
 * the author's limit, or was approved by a manager, and that is still valid. With `email`, the
 * revision's PDF goes to the quote's contact through the outbox in the same transaction (in the
 * contact's language), so the email exists exactly when the quote is marked sent.
 */
export async function sendQuote({ actor, id, email = false, now = new Date() }: { actor: Actor; id: string; email?: boolean; now?: Date }): Promise<{ id: string; revision: number; emailed: boolean }> {
  assertCan(actor, "sales.manage");
  const scope = await salesScope(actor);
  return transact(async (tx) => {
    const quote = await loadQuoteForUpdate(tx, scope, id);
    if (quote.status !== "draft") throw new AppError("quotes.wrongStatus");
    const { approvalStatus } = quote.current;
    if (approvalStatus === "pending" || approvalStatus === "rejected") throw new AppError("quotes.approvalRequired");
    // "none" is re-checked now: the limit may have been lowered since the revision was written.
    if (approvalStatus === "none" && (await revisionNeedsApproval(tx, quote.current))) throw new AppError("quotes.approvalRequired");
    if (quote.validUntil < companyDay(now)) throw new AppError("quotes.expired");
    await tx.quoteRevision.update({ where: { id: quote.current.id }, data: { sentAt: now }, select: { id: true } });
    if (email) {
      const contact = quote.contactId ? await tx.contact.findUnique({ where: { id: quote.contactId }, select: { email: true, preferredLocale: true } }) : null;
      if (!contact?.email) throw new AppError("quotes.noContactEmail");
      const locale = isLocale(contact.preferredLocale) ? contact.preferredLocale : actor.locale;
      await enqueueDocumentEmailInTx(tx, { actor, document: { type: "quote", id: quote.id, revision: quote.currentRevision }, to: contact.email, locale });
    }
    await tx.quote.update({ where: { id: quote.id }, data: { status: "sent", sentAt: now }, select: { id: true } });
    await writeAudit(tx, { actor, action: "send", entityType: "Quote", entityId: quote.id, before: { status: quote.status }, after: { status: "sent", revision: quote.currentRevision, emailed: email } });
    return { id: quote.id, revision: quote.currentRevision, emailed: email };
  });
}
