import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { writeAudit } from "@/lib/audit/write-audit";
import { db } from "@/lib/db/client";
import { formatMoney } from "@/lib/domain/money";
import { AppError } from "@/lib/errors";
import type { RefundInput } from "@/lib/validation/payments";
import { withIdempotency } from "../idempotency/with-idempotency";
import { salesScope } from "../sales-scope";
import { parseAmount } from "./apply-allocations";
import { createPaymentInTx } from "./record-payment";
import { resolveCreditSourceInTx } from "./resolve-credit-source";

/**
 * 退款: pays back (part of) a payment's unapplied remainder or a credit note's remainder as a
 * REFUND payment, +amount on the receivables ledger. Never more than the remainder: the source
 * row is locked and the remainder re-read in the same transaction, so racing refunds cannot
 * together pay back more. Idempotent like every payment form.
 */
export async function refundCredit({ actor, input, idempotencyKey }: { actor: Actor; input: Omit<RefundInput, "idempotencyKey">; idempotencyKey: string }): Promise<{ id: string; number: string; repeated: boolean }> {
  assertCan(actor, "billing.manage");
  const scope = await salesScope(actor);
  const result = await withIdempotency({ scope: actor.id, key: idempotencyKey, body: input, resourceType: "payment" }, async (tx) => {
    const source = await resolveCreditSourceInTx(tx, scope, input);
    const amount = parseAmount(input.amount, source.currencyCode);
    if (amount > source.remainder) {
      throw new AppError("payments.refundExceeds", { number: source.number, remainder: formatMoney(Math.max(0, source.remainder), source.currencyCode), currency: source.currencyCode }, 409);
    }
    const refund = await createPaymentInTx(tx, {
      actor,
      kind: "REFUND",
      accountId: source.accountId,
      amount,
      currencyCode: source.currencyCode,
      method: input.method,
      paymentDate: input.paymentDate,
      reference: input.reference,
      notes: input.notes,
      ...(source.kind === "payment" ? { refundOfPaymentId: source.id } : { refundOfCreditId: source.id }),
    });
    await writeAudit(tx, { actor, action: "payment.refund", entityType: "Payment", entityId: refund.id, after: { ...refund, amount, of: source.number } });
    return refund.id;
  });
  const { number } = await db.payment.findUniqueOrThrow({ where: { id: result.id }, select: { number: true } });
  return { id: result.id, number, repeated: result.repeated };
}
