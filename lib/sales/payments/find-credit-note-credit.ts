import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { ownedDocumentWhere, salesScope } from "../sales-scope";
import { creditRemainderInTx, openInvoicesInTx } from "./find-open-amounts";

/**
 * What an issued credit note still has to give: its remainder (total less applications and
 * refunds) and the customer's open invoices in its currency, for the invoice page's "apply" and
 * "refund" forms (components/sales/payments/credit-actions.tsx). Not visible → not found.
 */
export async function findCreditNoteCredit({ actor, creditNoteId }: { actor: Actor; creditNoteId: string }) {
  const scope = await salesScope(actor);
  const note = await db.invoice.findFirst({
    where: { id: creditNoteId, kind: "CREDIT_NOTE", status: "issued", ...ownedDocumentWhere(scope) },
    select: { id: true, accountId: true, currencyCode: true },
  });
  if (!note) throw new NotFoundError();
  const remainder = await creditRemainderInTx(db, note.id);
  const openInvoices = remainder > 0 ? await openInvoicesInTx(db, { accountId: note.accountId, currencyCode: note.currencyCode }) : [];
  return { source: { paymentId: null, creditNoteId: note.id, remainder, currencyCode: note.currencyCode }, openInvoices };
}
