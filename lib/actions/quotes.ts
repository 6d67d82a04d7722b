"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { door, formObject, type ActionState } from "@/lib/auth/door";
import { findQuoteLineFacts, type QuoteLineFacts } from "@/lib/sales/quotes/find-quote-line-facts";
import { acceptQuote } from "@/lib/sales/quotes/accept-quote";
import { createQuote } from "@/lib/sales/quotes/create-quote";
import { decideQuoteApproval } from "@/lib/sales/quotes/decide-quote-approval";
import { rejectQuote } from "@/lib/sales/quotes/reject-quote";
import { requestQuoteApproval } from "@/lib/sales/quotes/request-quote-approval";
import { sendQuote } from "@/lib/sales/quotes/send-quote";
import { updateQuote } from "@/lib/sales/quotes/update-quote";
import { QuoteAcceptInput, QuoteApprovalInput, QuoteCreateInput, QuoteIdInput, QuoteRejectInput, QuoteUpdateInput } from "@/lib/validation/quotes";

export type QuoteFormState = ActionState<{ id: string }>;

/** The form posts the line editor's rows as JSON; text that is not JSON becomes a value zod rejects. */
function formWithLines(form: FormData): Record<string, unknown> {
  const values = formObject(form);
  try {
    values.lines = JSON.parse(String(form.get("lines") ?? ""));
  } catch {
    values.lines = null;
  }
  return values;
}

const quotePath = (id: string) => `/app/sales/quotes/${id}`;

export async function createQuoteAction(_prev: QuoteFormState, form: FormData): Promise<QuoteFormState> {
  const state = await door(QuoteCreateInput, formWithLines(form), "sales.manage", (actor, input) => createQuote({ actor, input }));
  if (!state?.ok || !state.data) return state;
  revalidatePath("/app/sales/quotes");
  // Outside any try: redirect() works by throwing.
  redirect(`${quotePath(state.data.id)}?saved=1`);
}

export async function updateQuoteAction(_prev: QuoteFormState, form: FormData): Promise<QuoteFormState> {
  const state = await door(QuoteUpdateInput, formWithLines(form), "sales.manage", (actor, input) => updateQuote({ actor, input }));
  if (!state?.ok || !state.data) return state;
  revalidatePath("/app/sales/quotes");
  redirect(`${quotePath(state.data.id)}?saved=1`);
}

/** Send (within the limit or approved) or, when the discount needs it, request approval. */
export async function sendQuoteAction(_prev: QuoteFormState, form: FormData): Promise<QuoteFormState> {
  const approval = form.get("step") === "requestApproval";
  const state = await door(QuoteIdInput, formObject(form), "sales.manage", async (actor, input): Promise<{ id: string }> =>
    approval ? requestQuoteApproval({ actor, id: input.id }) : sendQuote({ actor, id: input.id, email: form.get("email") === "on" }),
  );
  if (!state?.ok || !state.data) return state;
  revalidatePath("/app/sales/quotes");
  redirect(quotePath(state.data.id));
}

export async function decideQuoteApprovalAction(_prev: QuoteFormState, form: FormData): Promise<QuoteFormState> {
  const state = await door(QuoteApprovalInput, formObject(form), "quotes.approve", (actor, input) => decideQuoteApproval({ actor, input }));
  if (!state?.ok || !state.data) return state;
  revalidatePath("/app/sales/approvals");
  revalidatePath("/app/sales/quotes");
  redirect(quotePath(state.data.id));
}

export async function rejectQuoteAction(_prev: QuoteFormState, form: FormData): Promise<QuoteFormState> {
  const state = await door(QuoteRejectInput, formObject(form), "sales.manage", (actor, input) => rejectQuote({ actor, input }));
  if (!state?.ok || !state.data) return state;
  revalidatePath("/app/sales/quotes");
  redirect(quotePath(state.data.id));
}

export async function acceptQuoteAction(_prev: QuoteFormState, form: FormData): Promise<QuoteFormState> {
  const state = await door(QuoteAcceptInput, formObject(form), "sales.manage", (actor, input) => acceptQuote({ actor, input }));
  if (!state?.ok || !state.data) return state;
  revalidatePath("/app/sales/quotes");
  redirect(`/app/sales/orders/${state.data.orderId}`);
}

/** The quote line editor asks, when a product is picked, for its VAT rate and (cost.read only) cost. */
export async function quoteLineFactsAction(input: { productId: string }): Promise<QuoteLineFacts | null> {
  const state = await door(z.object({ productId: z.string().trim().min(1).max(50) }), input, "sales.manage", (actor, data) => findQuoteLineFacts({ actor, productId: data.productId }));
  return state?.ok ? (state.data ?? null) : null;
}
