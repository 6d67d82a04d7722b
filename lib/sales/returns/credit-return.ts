import "server-only";
import type { Actor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db/client";
import { issueCreditNoteInTx } from "@/lib/sales/invoices/issue-credit-note";
import type { CreditPlan } from "./return-credit";

/**
 * Issues the credit notes a return needs, in the return's transaction: one per original invoice
 * (a credit note corrects exactly one invoice). Returns their ids, first invoice first.
 */
export async function creditReturnInTx(tx: Tx, { actor, salesReturnId, plan, reason, date }: { actor: Actor; salesReturnId: string; plan: CreditPlan; reason: string; date: string }): Promise<string[]> {
  const ids: string[] = [];
  for (const entry of plan) {
    const note = await issueCreditNoteInTx(tx, { actor, originalInvoiceId: entry.invoiceId, lines: entry.lines, reason, salesReturnId, date });
    ids.push(note.id);
  }
  return ids;
}
