import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { writeAudit } from "@/lib/audit/write-audit";
import { accountScopeWhere } from "@/lib/crm/crm-scope";
import { opportunityScopeWhere } from "@/lib/crm/opportunities/opportunity-values";
import { transact } from "@/lib/db/transact";
import { FieldError, NotFoundError } from "@/lib/errors";
import { companyDay } from "@/lib/pricing/company-day";
import { salesScope } from "@/lib/sales/sales-scope";
import { nextDocumentNumber } from "@/lib/settings/numbering/next-document-number";
import type { QuoteCreateInput } from "@/lib/validation/quotes";
import { buildRevision } from "./build-revision";

/**
 * Creates a quote (revision 1, draft) for an account the actor sees, optionally for one of its
 * opportunities. Numbered now, inside the same transaction, so a failed save takes no number.
 */
export async function createQuote({ actor, input, now = new Date() }: { actor: Actor; input: QuoteCreateInput; now?: Date }): Promise<{ id: string; number: string }> {
  assertCan(actor, "sales.manage");
  const scope = await salesScope(actor);
  const today = companyDay(now);
  return transact(async (tx) => {
    // Caller-supplied keys are checked against the actor's scope in this transaction.
    const account = await tx.account.findFirst({ where: { AND: [{ id: input.accountId }, accountScopeWhere(scope)] }, select: { id: true } });
    if (!account) throw new NotFoundError();
    if (input.opportunityId) {
      const opportunity = await tx.opportunity.findFirst({ where: { AND: [{ id: input.opportunityId, accountId: account.id }, opportunityScopeWhere(scope)] }, select: { id: true } });
      if (!opportunity) throw new FieldError("opportunityId", "choice");
    }
    const built = await buildRevision(tx, { actor, accountId: account.id, input, today });
    const number = await nextDocumentNumber(tx, "QUOTE", now);
    const quote = await tx.quote.create({
      data: {
        number,
        accountId: account.id,
        opportunityId: input.opportunityId,
        ownerId: actor.id,
        teamId: actor.teamId,
        createdById: actor.id,
        ...built.quote,
        revisions: { create: { revision: 1, ...built.revision, createdById: actor.id, lines: { create: built.lines } } },
      },
      select: { id: true, number: true },
    });
    await writeAudit(tx, { actor, action: "create", entityType: "Quote", entityId: quote.id, after: { number, ...built.quote, revision: 1, lines: built.lines.length } });
    return quote;
  });
}
