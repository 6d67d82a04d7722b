import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { toMinor } from "@/lib/domain/money";
import { NotFoundError } from "@/lib/errors";
import { accountDocumentWhere, salesScope } from "../sales-scope";
import { openInvoicesInTx, paymentRemainderInTx } from "./find-open-amounts";

/**
 * One payment with what it paid (allocations), what was refunded of it, its unapplied remainder
 * and — when something is left — the customer's open invoices in its currency for "apply later".
 * A payment of a customer outside the reader's scope is "not found".
 */
export async function findPayment({ actor, id }: { actor: Actor; id: string }) {
  const scope = await salesScope(actor);
  const payment = await db.payment.findFirst({
    where: { id, ...accountDocumentWhere(scope) },
    include: {
      account: { select: { id: true, name: true, code: true } },
      order: { select: { id: true, number: true } },
      refundOfPayment: { select: { id: true, number: true } },
      refundOfCredit: { select: { id: true, number: true } },
      allocations: { orderBy: { createdAt: "asc" }, select: { id: true, amount: true, allocatedAt: true, invoice: { select: { id: true, number: true, dueDate: true } } } },
      refunds: { orderBy: { createdAt: "asc" }, select: { id: true, number: true, amount: true, paymentDate: true, method: true } },
    },
  });
  if (!payment) throw new NotFoundError();
  const remainder = payment.kind === "REFUND" ? 0 : await paymentRemainderInTx(db, payment.id);
  const openInvoices = remainder > 0 ? await openInvoicesInTx(db, { accountId: payment.accountId, currencyCode: payment.currencyCode }) : [];
  const createdBy = await db.user.findUnique({ where: { id: payment.createdById }, select: { name: true } });
  return {
    ...payment,
    amount: toMinor(payment.amount),
    amountBase: toMinor(payment.amountBase),
    allocations: payment.allocations.map((a) => ({ ...a, amount: toMinor(a.amount) })),
    refunds: payment.refunds.map((r) => ({ ...r, amount: toMinor(r.amount) })),
    remainder,
    openInvoices,
    createdByName: createdBy?.name ?? "",
  };
}

export type PaymentDetail = Awaited<ReturnType<typeof findPayment>>;
