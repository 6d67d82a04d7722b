import "server-only";
import type { Tx } from "@/lib/db/client";
import { toMinor } from "@/lib/domain/money";

type Doc = { id: string; kind: string; status: string; total: number };

/**
 * Open amounts of a page of documents (bounded by the page size): an issued invoice's total less
 * its allocations; an issued credit note's total less what was applied and refunded of it.
 * Drafts and voids owe nothing.
 */
export async function openAmounts(client: Tx, docs: Doc[]): Promise<Map<string, number>> {
  const issued = docs.filter((d) => d.status === "issued");
  const invoiceIds = issued.filter((d) => d.kind === "INVOICE").map((d) => d.id);
  const noteIds = issued.filter((d) => d.kind === "CREDIT_NOTE").map((d) => d.id);
  const [toInvoices, fromNotes, refunds] = await Promise.all([
    invoiceIds.length ? client.allocation.groupBy({ by: ["invoiceId"], where: { invoiceId: { in: invoiceIds } }, _sum: { amount: true } }) : [],
    noteIds.length ? client.allocation.groupBy({ by: ["creditNoteId"], where: { creditNoteId: { in: noteIds } }, _sum: { amount: true } }) : [],
    noteIds.length ? client.payment.groupBy({ by: ["refundOfCreditId"], where: { refundOfCreditId: { in: noteIds } }, _sum: { amount: true } }) : [],
  ]);
  const used = new Map<string, number>();
  const add = (id: string | null, amount: bigint | null) => {
    if (id) used.set(id, (used.get(id) ?? 0) + toMinor(amount ?? 0n));
  };
  for (const a of toInvoices) add(a.invoiceId, a._sum.amount);
  for (const a of fromNotes) add(a.creditNoteId, a._sum.amount);
  for (const r of refunds) add(r.refundOfCreditId, r._sum.amount);
  return new Map(docs.map((d) => [d.id, d.status === "issued" ? d.total - (used.get(d.id) ?? 0) : 0]));
}
