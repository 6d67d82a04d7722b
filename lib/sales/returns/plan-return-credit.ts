import "server-only";
import type { Tx } from "@/lib/db/client";
import { planCredit, type CreditPlan, type CreditSource } from "./return-credit";

type Need = { deliveryLineId: string; orderLineId: string; quantity: number };

/**
 * Inside the posting transaction, after the returned quantities were booked: which issued
 * invoice lines to credit.
 * 1. Per delivery line, the part of the return that had been invoiced from it (splitReturn's
 *    toCredit), over the invoice lines billed from that delivery line.
 * 2. Per order line, what was invoiced straight from the order (prepaid goods, no delivery line)
 *    beyond what the customer now keeps: net invoiced − step 1 − (ordered − cancelled − returned).
 * Oldest invoice first, each line up to its quantity less what earlier credit notes took.
 */
export async function planReturnCreditInTx(tx: Tx, needs: Need[]): Promise<CreditPlan> {
  const orderLineIds = [...new Set(needs.map((n) => n.orderLineId))];
  // A return has at most 500 lines (validation): bounded IN lists.
  const invoiceLines = await tx.invoiceLine.findMany({
    where: {
      OR: [{ deliveryLineId: { in: needs.filter((n) => n.quantity > 0).map((n) => n.deliveryLineId) } }, { orderLineId: { in: orderLineIds }, deliveryLineId: null }],
      invoice: { kind: "INVOICE", status: "issued" },
    },
    orderBy: [{ invoice: { issueDate: "asc" } }, { invoice: { number: "asc" } }, { position: "asc" }],
    select: { id: true, invoiceId: true, deliveryLineId: true, orderLineId: true, quantity: true },
  });
  if (invoiceLines.length === 0) return [];
  const credits = await tx.invoiceLine.findMany({
    where: { originalLineId: { in: invoiceLines.map((l) => l.id) }, invoice: { kind: "CREDIT_NOTE", status: "issued" } },
    select: { originalLineId: true, quantity: true },
  });
  const credited = new Map<string, number>();
  for (const c of credits) if (c.originalLineId) credited.set(c.originalLineId, (credited.get(c.originalLineId) ?? 0) + c.quantity);
  const source = (l: (typeof invoiceLines)[number]): CreditSource => ({ invoiceId: l.invoiceId, invoiceLineId: l.id, open: l.quantity - (credited.get(l.id) ?? 0) });

  const wanted = needs.filter((n) => n.quantity > 0).map((n) => ({ key: n.deliveryLineId, quantity: n.quantity, sources: invoiceLines.filter((l) => l.deliveryLineId === n.deliveryLineId).map(source) }));

  const orderLines = await tx.salesOrderLine.findMany({ where: { id: { in: orderLineIds } }, select: { id: true, quantity: true, cancelledQty: true, returnedQty: true, invoicedQty: true, creditedQty: true } });
  for (const ol of orderLines) {
    const fromDeliveries = needs.filter((n) => n.orderLineId === ol.id).reduce((sum, n) => sum + n.quantity, 0);
    const excess = ol.invoicedQty - ol.creditedQty - fromDeliveries - (ol.quantity - ol.cancelledQty - ol.returnedQty);
    if (excess > 0) wanted.push({ key: ol.id, quantity: excess, sources: invoiceLines.filter((l) => l.orderLineId === ol.id && l.deliveryLineId === null).map(source) });
  }
  return planCredit(wanted);
}
