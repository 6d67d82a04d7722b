import "server-only";
import type { Tx } from "@/lib/db/client";
import { planCredit, type CreditPlan, type CreditSource } from "./return-credit";

/**
 * Inside the posting transaction: for each returned delivery line, the quantity that had been
 * invoiced (splitReturn's toCredit), spread over the issued invoice lines billed from that
 * delivery line, oldest invoice first, each up to its quantity less what earlier credit notes
 * took. Returns one entry per original invoice.
 */
export async function planReturnCreditInTx(tx: Tx, needs: { deliveryLineId: string; quantity: number }[]): Promise<CreditPlan> {
  const wanted = needs.filter((n) => n.quantity > 0);
  if (wanted.length === 0) return [];
  // A return has at most 500 lines (validation): bounded IN lists.
  const invoiceLines = await tx.invoiceLine.findMany({
    where: { deliveryLineId: { in: wanted.map((n) => n.deliveryLineId) }, invoice: { kind: "INVOICE", status: "issued" } },
    orderBy: [{ invoice: { issueDate: "asc" } }, { invoice: { number: "asc" } }, { position: "asc" }],
    select: { id: true, invoiceId: true, deliveryLineId: true, quantity: true },
  });
  const credits = await tx.invoiceLine.findMany({
    where: { originalLineId: { in: invoiceLines.map((l) => l.id) }, invoice: { kind: "CREDIT_NOTE", status: "issued" } },
    select: { originalLineId: true, quantity: true },
  });
  const credited = new Map<string, number>();
  for (const c of credits) if (c.originalLineId) credited.set(c.originalLineId, (credited.get(c.originalLineId) ?? 0) + c.quantity);
  const sourcesOf = (deliveryLineId: string): CreditSource[] =>
    invoiceLines.filter((l) => l.deliveryLineId === deliveryLineId).map((l) => ({ invoiceId: l.invoiceId, invoiceLineId: l.id, open: l.quantity - (credited.get(l.id) ?? 0) }));
  return planCredit(wanted.map((n) => ({ key: n.deliveryLineId, quantity: n.quantity, sources: sourcesOf(n.deliveryLineId) })));
}
