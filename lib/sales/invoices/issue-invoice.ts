import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { scopeWithin } from "@/lib/auth/load-scope";
import { assertCan } from "@/lib/auth/permissions";
import { writeAudit } from "@/lib/audit/write-audit";
import type { Tx } from "@/lib/db/client";
import { transact } from "@/lib/db/transact";
import { toMinor } from "@/lib/domain/money";
import { AppError, NotFoundError } from "@/lib/errors";
import { companyDay, dayToInstant } from "@/lib/pricing/company-day";
import { convertToBase } from "@/lib/pricing/convert-to-base";
import { writeSalesFactsInTx } from "@/lib/sales/facts/write-sales-facts";
import { adjustOrderLineInTx, refreshOrderStatusInTx } from "@/lib/sales/orders/adjust-order-line";
import { postReceivableEntryInTx } from "@/lib/sales/receivables/post-receivable-entry";
import { ownedDocumentWhere } from "@/lib/sales/sales-scope";
import { nextDocumentNumber } from "@/lib/settings/numbering/next-document-number";
import { adjustDeliveryLineInTx } from "./adjust-delivery-line";
import { addDays } from "./invoice-dates";

export type IssuedInvoice = { id: string; number: string; total: number; totalBase: number; dueDate: string };

/**
 * Issues a draft invoice, inside the caller's transaction: draft → issued with a conditional
 * UPDATE (two clicks issue once), the number from the gap-free INVOICE sequence of the same
 * transaction (anything failing later rolls the number back), issue date = `today`, due date by
 * payment terms, the buyer frozen as printed, the base amount at today's rate. Then every
 * ledger moves in the same transaction: order-line and delivery-line invoiced quantities
 * (conditional — over-invoicing fails here), order statuses, the receivables ledger (+total),
 * the sales facts and the audit log. From here on the invoice is immutable.
 */
export async function issueInvoiceInTx(tx: Tx, { actor, invoiceId, today }: { actor: Actor; invoiceId: string; today: string }): Promise<IssuedInvoice> {
  assertCan(actor, "billing.manage");
  const scope = await scopeWithin(tx, actor);
  const invoice = await tx.invoice.findFirst({
    where: { AND: [{ id: invoiceId, kind: "INVOICE" }, ownedDocumentWhere(scope)] },
    select: {
      id: true,
      status: true,
      accountId: true,
      currencyCode: true,
      paymentTermsDays: true,
      total: true,
      account: { select: { name: true, taxId: true, billingAddress: true } },
      lines: { orderBy: { position: "asc" }, select: { orderLineId: true, deliveryLineId: true, quantity: true, description: true } },
    },
  });
  if (!invoice) throw new NotFoundError();
  if (invoice.status !== "draft") throw new AppError("invoices.notDraft", {}, 409);

  const total = toMinor(invoice.total);
  const base = await convertToBase({ amount: total, currency: invoice.currencyCode, date: today, tx });
  const number = await nextDocumentNumber(tx, "INVOICE", dayToInstant(today));
  const dueDate = addDays(today, invoice.paymentTermsDays);
  // Only a draft moves: the row count says whether this call won.
  const won = await tx.invoice.updateMany({
    where: { id: invoice.id, status: "draft" },
    data: {
      status: "issued",
      number,
      issueDate: today,
      dueDate,
      exchangeRate: base.rate,
      totalBase: BigInt(base.amount),
      buyerName: invoice.account.name,
      buyerTaxId: invoice.account.taxId,
      buyerAddress: invoice.account.billingAddress,
      issuedAt: new Date(),
      issuedById: actor.id,
    },
  });
  if (won.count !== 1) throw new AppError("invoices.notDraft", {}, 409);

  const orderLineIds = new Set<string>();
  for (const line of invoice.lines) {
    if (line.orderLineId) {
      await adjustOrderLineInTx(tx, line.orderLineId, "invoicedQty", line.quantity);
      orderLineIds.add(line.orderLineId);
    }
    if (line.deliveryLineId) await adjustDeliveryLineInTx(tx, line.deliveryLineId, "invoicedQty", line.quantity, line.description);
  }
  await refreshOrders(tx, [...orderLineIds]);

  await postReceivableEntryInTx(tx, {
    accountId: invoice.accountId,
    entryDate: today,
    kind: "INVOICE",
    documentType: "invoice",
    documentId: invoice.id,
    number,
    currencyCode: invoice.currencyCode,
    amount: total,
    amountBase: base.amount,
    dueDate,
  });
  await writeSalesFactsInTx(tx, invoice.id);
  await writeAudit(tx, { actor, action: "issue", entityType: "Invoice", entityId: invoice.id, before: { status: "draft" }, after: { status: "issued", number, total, totalBase: base.amount, dueDate } });
  return { id: invoice.id, number, total, totalBase: base.amount, dueDate };
}

/** Re-derives the status of every order the lines belong to. */
export async function refreshOrders(tx: Tx, orderLineIds: string[]): Promise<void> {
  if (orderLineIds.length === 0) return;
  const orders = await tx.salesOrderLine.findMany({ where: { id: { in: orderLineIds } }, select: { orderId: true }, distinct: ["orderId"] });
  for (const { orderId } of orders) await refreshOrderStatusInTx(tx, orderId);
}

/** issueInvoiceInTx in its own transaction, dated today in the company's time zone. */
export async function issueInvoice({ actor, invoiceId, today = companyDay() }: { actor: Actor; invoiceId: string; today?: string }): Promise<IssuedInvoice> {
  return transact((tx) => issueInvoiceInTx(tx, { actor, invoiceId, today }));
}
