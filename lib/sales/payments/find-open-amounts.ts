import "server-only";
import type { Tx } from "@/lib/db/client";
import type { OpenInvoice } from "@/lib/domain/allocate-payment";
import { toMinor } from "@/lib/domain/money";

// Open amounts are derived, never stored: an invoice's open amount is its total less every
// allocation to it (payments and credit notes); a payment's or credit note's remainder is its
// amount less what it was applied to and what was refunded of it. Callers that act on these
// figures lock the rows first (lockRows) and read them inside the same transaction.

/** A transaction, or the plain client for pages that only read. */
export type Reader = Pick<Tx, "invoice" | "allocation" | "payment">;

export type OpenInvoiceRow = OpenInvoice & { currencyCode: string; total: number; exchangeRate: string };

/**
 * Issued invoices of an account that are still open, optionally only in one currency or only
 * the given ids. `ids` comes from one payment form, so it is small (bounded by the schema).
 */
export async function openInvoicesInTx(tx: Reader, { accountId, currencyCode, ids }: { accountId: string; currencyCode?: string; ids?: string[] }): Promise<OpenInvoiceRow[]> {
  const invoices = await tx.invoice.findMany({
    where: { accountId, kind: "INVOICE", status: "issued", ...(currencyCode ? { currencyCode } : {}), ...(ids ? { id: { in: ids } } : {}) },
    select: { id: true, number: true, issueDate: true, dueDate: true, total: true, currencyCode: true, exchangeRate: true },
    orderBy: [{ dueDate: "asc" }, { issueDate: "asc" }, { number: "asc" }],
  });
  if (invoices.length === 0) return [];
  const allocated = await tx.allocation.groupBy({ by: ["invoiceId"], where: { accountId, ...(ids ? { invoiceId: { in: ids } } : {}) }, _sum: { amount: true } });
  const allocatedBy = new Map(allocated.map((a) => [a.invoiceId, toMinor(a._sum.amount ?? 0n)]));
  return invoices
    .map((i) => ({ id: i.id, number: i.number ?? "", issueDate: i.issueDate, dueDate: i.dueDate, currencyCode: i.currencyCode, exchangeRate: i.exchangeRate, total: toMinor(i.total), open: toMinor(i.total) - (allocatedBy.get(i.id) ?? 0) }))
    .filter((i) => i.open > 0);
}

/** What is left of a receipt, prepayment or cash sale to apply or refund. */
export async function paymentRemainderInTx(tx: Reader, paymentId: string): Promise<number> {
  // One query at a time: a transaction holds a single connection.
  const payment = await tx.payment.findUniqueOrThrow({ where: { id: paymentId }, select: { amount: true } });
  const allocated = await tx.allocation.aggregate({ where: { paymentId }, _sum: { amount: true } });
  const refunded = await tx.payment.aggregate({ where: { refundOfPaymentId: paymentId }, _sum: { amount: true } });
  return toMinor(payment.amount) - toMinor(allocated._sum.amount ?? 0n) - toMinor(refunded._sum.amount ?? 0n);
}

/** What is left of an issued credit note (its total is positive; the ledger carries it as −). */
export async function creditRemainderInTx(tx: Reader, creditNoteId: string): Promise<number> {
  const note = await tx.invoice.findUniqueOrThrow({ where: { id: creditNoteId }, select: { total: true } });
  const allocated = await tx.allocation.aggregate({ where: { creditNoteId }, _sum: { amount: true } });
  const refunded = await tx.payment.aggregate({ where: { refundOfCreditId: creditNoteId }, _sum: { amount: true } });
  return toMinor(note.total) - toMinor(allocated._sum.amount ?? 0n) - toMinor(refunded._sum.amount ?? 0n);
}
