"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { door, formObject, type ActionState } from "@/lib/auth/door";
import { applyCredit } from "@/lib/sales/payments/apply-credit";
import { recordCashSale } from "@/lib/sales/payments/record-cash-sale";
import { recordPayment } from "@/lib/sales/payments/record-payment";
import { refundCredit } from "@/lib/sales/payments/refund-credit";
import { ApplyCreditInput, CashSaleFormInput, PaymentFormInput, RefundInput } from "@/lib/validation/payments";

export type PaymentFormState = ActionState<{ id: string }>;

function revalidateMoney() {
  revalidatePath("/app/billing/payments");
  revalidatePath("/app/billing/receivables");
  revalidatePath("/app/billing/invoices");
}

/** The new-payment form: the hidden idempotency key makes a double submit (or a retry) harmless. */
export async function recordPaymentAction(_prev: PaymentFormState, form: FormData): Promise<PaymentFormState> {
  const state = await door(PaymentFormInput, formObject(form), "billing.manage", async (actor, { idempotencyKey, input }) => ({ id: (await recordPayment({ actor, input, idempotencyKey })).id }));
  if (!state?.ok || !state.data) return state;
  revalidateMoney();
  // Outside any try: redirect() works by throwing.
  redirect(`/app/billing/payments/${state.data.id}?created=1`);
}

export async function applyCreditAction(_prev: PaymentFormState, form: FormData): Promise<PaymentFormState> {
  const state = await door(ApplyCreditInput, formObject(form), "billing.manage", async (actor, input) => {
    await applyCredit({ actor, input });
    return { id: input.paymentId ?? input.creditNoteId ?? "" };
  });
  if (!state?.ok) return state;
  revalidateMoney();
  const t = await getTranslations("payments");
  return { ...state, message: t("detail.applied") };
}

export async function refundAction(_prev: PaymentFormState, form: FormData): Promise<PaymentFormState> {
  const state = await door(RefundInput, formObject(form), "billing.manage", async (actor, { idempotencyKey, ...input }) => ({ id: (await refundCredit({ actor, input, idempotencyKey })).id }));
  if (!state?.ok || !state.data) return state;
  revalidateMoney();
  redirect(`/app/billing/payments/${state.data.id}?created=1`);
}

export async function cashSaleAction(_prev: PaymentFormState, form: FormData): Promise<PaymentFormState> {
  const state = await door(CashSaleFormInput, formObject(form), "billing.manage", async (actor, { idempotencyKey, accountId, ...rest }) => {
    const sale = await recordCashSale({ actor, input: { ...rest, accountId: accountId || null }, idempotencyKey });
    return { id: sale.paymentId };
  });
  if (!state?.ok || !state.data) return state;
  revalidateMoney();
  redirect(`/app/billing/payments/${state.data.id}?created=1`);
}
