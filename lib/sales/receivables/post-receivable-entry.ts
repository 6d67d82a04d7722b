import "server-only";
import type { Tx } from "@/lib/db/client";

export type ReceivableEntryInput = {
  accountId: string;
  entryDate: string;
  kind: "INVOICE" | "CREDIT_NOTE" | "PAYMENT" | "REFUND";
  documentType: "invoice" | "payment";
  documentId: string;
  number: string;
  currencyCode: string;
  /** Signed minor units: + the customer owes more (invoice, refund), − less (credit note, payment). */
  amount: number;
  amountBase: number;
  dueDate?: string;
};

const SIGN: Record<ReceivableEntryInput["kind"], 1 | -1> = { INVOICE: 1, REFUND: 1, CREDIT_NOTE: -1, PAYMENT: -1 };

/**
 * Appends one entry to the receivables ledger inside the posting document's transaction. One
 * entry per document (unique on documentType + documentId), so posting twice fails loudly. The
 * sign must match the kind — a positive payment entry would silently double a balance.
 */
export async function postReceivableEntryInTx(tx: Tx, entry: ReceivableEntryInput): Promise<void> {
  const sign = SIGN[entry.kind];
  if (Math.sign(entry.amount) !== sign && entry.amount !== 0) throw new Error(`${entry.kind} entry must be ${sign > 0 ? "positive" : "negative"}`);
  if (Math.sign(entry.amountBase) !== sign && entry.amountBase !== 0) throw new Error(`${entry.kind} base entry must be ${sign > 0 ? "positive" : "negative"}`);
  await tx.receivableEntry.create({
    data: {
      accountId: entry.accountId,
      entryDate: entry.entryDate,
      kind: entry.kind,
      documentType: entry.documentType,
      documentId: entry.documentId,
      number: entry.number,
      currencyCode: entry.currencyCode,
      amount: BigInt(entry.amount),
      amountBase: BigInt(entry.amountBase),
      dueDate: entry.dueDate ?? "",
    },
  });
}
