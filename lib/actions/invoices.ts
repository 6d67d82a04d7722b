"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { door, formObject, type ActionState } from "@/lib/auth/door";
import { submitEInvoice } from "@/lib/sales/einvoice/submit-einvoice";
import { createInvoice } from "@/lib/sales/invoices/create-invoice";
import { createCreditNote } from "@/lib/sales/invoices/issue-credit-note";
import { issueInvoice } from "@/lib/sales/invoices/issue-invoice";
import { updateInvoiceDraft } from "@/lib/sales/invoices/update-invoice-draft";
import { voidInvoice } from "@/lib/sales/invoices/void-invoice";
import { CreditNoteFormInput, InvoiceDraftInput, InvoiceFormInput, InvoiceIdInput } from "@/lib/validation/invoices";

export type InvoiceFormState = ActionState<{ id: string }>;

/** Money moved: invoices, orders (invoiced quantities), deliveries, receivables. */
function revalidateBilling(): void {
  revalidatePath("/app/billing", "layout");
  revalidatePath("/app/sales", "layout");
}

function then(state: InvoiceFormState, flag: string): InvoiceFormState {
  if (!state?.ok || !state.data) return state;
  revalidateBilling();
  // Outside any try: redirect() works by throwing.
  redirect(`/app/billing/invoices/${state.data.id}?${flag}=1`);
}

/** A draft invoice from the picked delivery and order lines. */
export async function createInvoiceAction(_prev: InvoiceFormState, form: FormData): Promise<InvoiceFormState> {
  const state = await door(InvoiceFormInput, formObject(form), "billing.manage", (actor, { lines, ...header }) =>
    createInvoice({
      actor,
      input: {
        ...header,
        deliveryLines: lines.filter((l) => l.source === "delivery").map((l) => ({ id: l.id, quantity: l.quantity })),
        orderLines: lines.filter((l) => l.source === "order").map((l) => ({ id: l.id, quantity: l.quantity })),
      },
    }),
  );
  return then(state, "created");
}

export async function issueInvoiceAction(_prev: InvoiceFormState, form: FormData): Promise<InvoiceFormState> {
  const state = await door(InvoiceIdInput, formObject(form), "billing.manage", async (actor, { id }) => ({ id: (await issueInvoice({ actor, invoiceId: id })).id }));
  return then(state, "issued");
}

export async function voidInvoiceAction(_prev: InvoiceFormState, form: FormData): Promise<InvoiceFormState> {
  const state = await door(InvoiceIdInput, formObject(form), "billing.manage", async (actor, { id }) => {
    await voidInvoice({ actor, invoiceId: id });
    return { id };
  });
  return then(state, "voided");
}

export async function updateInvoiceDraftAction(_prev: InvoiceFormState, form: FormData): Promise<InvoiceFormState> {
  const state = await door(InvoiceDraftInput, formObject(form), "billing.manage", async (actor, { id, ...changes }) => {
    await updateInvoiceDraft({ actor, invoiceId: id, changes });
    return { id };
  });
  return then(state, "saved");
}

/** A credit note against an issued invoice; opens the credit note. */
export async function creditNoteAction(_prev: InvoiceFormState, form: FormData): Promise<InvoiceFormState> {
  const state = await door(CreditNoteFormInput, formObject(form), "billing.manage", async (actor, { id, reason, lines }) => ({
    id: (await createCreditNote({ actor, originalInvoiceId: id, reason, lines })).id,
  }));
  return then(state, "credited");
}

/** Sends an issued document to the registered national e-invoice provider (数电票). */
export async function submitEInvoiceAction(_prev: InvoiceFormState, form: FormData): Promise<InvoiceFormState> {
  const state = await door(InvoiceIdInput, formObject(form), "billing.manage", async (actor, { id }) => {
    await submitEInvoice({ actor, invoiceId: id });
    return { id };
  });
  return then(state, "einvoiced");
}
