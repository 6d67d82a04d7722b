import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { db, type Tx } from "@/lib/db/client";
import { writeAudit } from "@/lib/audit/write-audit";
import { accountScopeWhere } from "@/lib/crm/crm-scope";
import { allocateOldestFirst } from "@/lib/domain/allocate-payment";
import { AppError, NotFoundError } from "@/lib/errors";
import { companyDay, dayToInstant } from "@/lib/pricing/company-day";
import { recheckCreditHoldsInTx } from "@/lib/sales/credit/recheck-credit-holds";
import { convertToBase } from "@/lib/pricing/convert-to-base";
import { nextDocumentNumber } from "@/lib/settings/numbering/next-document-number";
import type { PaymentInput } from "@/lib/validation/payments";
import { salesScope, ownedDocumentWhere } from "../sales-scope";
import { postReceivableEntryInTx } from "../receivables/post-receivable-entry";
import { withIdempotency } from "../idempotency/with-idempotency";
import { applyAllocationsInTx, parseAllocations, parseAmount } from "./apply-allocations";
import { openInvoicesInTx } from "./find-open-amounts";

export type RecordPaymentResult = { id: string; number: string; repeated: boolean };

/**
 * 收款 / 预收款: records a receipt or a prepayment, allocates it to open invoices of the same
 * account and currency (oldest first unless the caller says which), leaves the rest unapplied,
 * and posts −amount to the receivables ledger — all in one transaction, exactly once per
 * idempotency key (a repeat returns the first payment; another body with the key is refused).
 */
export async function recordPayment({ actor, input, idempotencyKey }: { actor: Actor; input: PaymentInput; idempotencyKey: string }): Promise<RecordPaymentResult> {
  assertCan(actor, "billing.manage");
  const scope = await salesScope(actor); // read before the transaction: it may query through db
  const amount = parseAmount(input.amount, input.currencyCode);
  const explicit = input.allocations ? parseAllocations(input.allocations, input.currencyCode) : null;
  // The hash covers the parsed body, so "100" and "100.00" are the same request.
  const body = { ...input, amount, allocations: explicit };

  const result = await withIdempotency({ scope: actor.id, key: idempotencyKey, body, resourceType: "payment" }, async (tx) => {
    const account = await tx.account.findFirst({ where: { id: input.accountId, ...accountScopeWhere(scope) }, select: { id: true } });
    if (!account) throw new NotFoundError();
    if (input.orderId) {
      const order = await tx.salesOrder.findFirst({ where: { id: input.orderId, accountId: account.id, ...ownedDocumentWhere(scope) }, select: { status: true, currencyCode: true } });
      if (!order) throw new NotFoundError();
      if (order.status === "cancelled") throw new AppError("payments.orderCancelled", {}, 409);
      // The delivery gate compares an order's prepayments with its amount: same currency only.
      if (order.currencyCode !== input.currencyCode) throw new AppError("payments.orderCurrency", { currency: order.currencyCode }, 422);
    }
    const payment = await createPaymentInTx(tx, { actor, kind: input.kind, accountId: account.id, orderId: input.orderId, amount, currencyCode: input.currencyCode, method: input.method, paymentDate: input.paymentDate, reference: input.reference, notes: input.notes });

    let lines = explicit;
    if (!lines) {
      // The default: receipts pay the oldest open invoices; a prepayment waits for its order's invoice.
      lines = input.kind === "RECEIPT" ? allocateOldestFirst(amount, await openInvoicesInTx(tx, { accountId: account.id, currencyCode: input.currencyCode })).lines : [];
    }
    const applied = await applyAllocationsInTx(tx, { accountId: account.id, currencyCode: input.currencyCode, available: amount, lines, source: { paymentId: payment.id }, day: input.paymentDate, actorId: actor.id });
    // Money in may lift this customer's credit holds (exactly the ones it now covers).
    await recheckCreditHoldsInTx(tx, account.id, companyDay());
    await writeAudit(tx, { actor, action: "payment.record", entityType: "Payment", entityId: payment.id, after: { ...payment, amount, applied, allocations: lines } });
    return payment.id;
  });
  const { number } = await db.payment.findUniqueOrThrow({ where: { id: result.id }, select: { number: true } });
  return { id: result.id, number, repeated: result.repeated };
}

export type NewPayment = {
  actor: Actor;
  kind: "RECEIPT" | "PREPAYMENT" | "CASH_SALE" | "REFUND";
  accountId: string;
  orderId?: string | null;
  amount: number;
  currencyCode: string;
  method: string;
  paymentDate: string;
  reference: string;
  notes: string;
  refundOfPaymentId?: string | null;
  refundOfCreditId?: string | null;
};

/**
 * The payment row, its number and its ledger entry (payments −, refunds +), in base currency at
 * the rate of the payment's day. Used by receipts, refunds and cash sales alike.
 */
export async function createPaymentInTx(tx: Tx, p: NewPayment): Promise<{ id: string; number: string; amountBase: number; exchangeRate: string }> {
  const base = await convertToBase({ amount: p.amount, currency: p.currencyCode, date: p.paymentDate, tx });
  const number = await nextDocumentNumber(tx, "PAYMENT", dayToInstant(p.paymentDate));
  const payment = await tx.payment.create({
    data: {
      number,
      kind: p.kind,
      accountId: p.accountId,
      orderId: p.orderId ?? null,
      amount: BigInt(p.amount),
      currencyCode: p.currencyCode,
      exchangeRate: base.rate,
      amountBase: BigInt(base.amount),
      method: p.method,
      paymentDate: p.paymentDate,
      reference: p.reference,
      notes: p.notes,
      refundOfPaymentId: p.refundOfPaymentId ?? null,
      refundOfCreditId: p.refundOfCreditId ?? null,
      createdById: p.actor.id,
    },
    select: { id: true },
  });
  const refund = p.kind === "REFUND";
  await postReceivableEntryInTx(tx, {
    accountId: p.accountId,
    entryDate: p.paymentDate,
    kind: refund ? "REFUND" : "PAYMENT",
    documentType: "payment",
    documentId: payment.id,
    number,
    currencyCode: p.currencyCode,
    amount: refund ? p.amount : -p.amount,
    amountBase: refund ? base.amount : -base.amount,
  });
  return { id: payment.id, number, amountBase: base.amount, exchangeRate: base.rate };
}
