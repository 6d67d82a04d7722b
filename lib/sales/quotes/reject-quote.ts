import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { writeAudit } from "@/lib/audit/write-audit";
import { transact } from "@/lib/db/transact";
import { AppError } from "@/lib/errors";
import { salesScope } from "@/lib/sales/sales-scope";
import type { QuoteRejectInput } from "@/lib/validation/quotes";
import { loadQuoteForUpdate } from "./load-quote-for-update";

/** The customer declined a sent quote: recorded with their reason. A revision can still follow. */
export async function rejectQuote({ actor, input }: { actor: Actor; input: QuoteRejectInput }): Promise<{ id: string }> {
  assertCan(actor, "sales.manage");
  const scope = await salesScope(actor);
  return transact(async (tx) => {
    const quote = await loadQuoteForUpdate(tx, scope, input.id);
    if (quote.status !== "sent") throw new AppError("quotes.wrongStatus");
    await tx.quote.update({ where: { id: quote.id }, data: { status: "rejected", rejectReason: input.reason, decidedAt: new Date() }, select: { id: true } });
    await writeAudit(tx, { actor, action: "reject", entityType: "Quote", entityId: quote.id, before: { status: quote.status }, after: { status: "rejected", reason: input.reason, revision: quote.currentRevision } });
    return { id: quote.id };
  });
}
