"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { door, formObject, type ActionState } from "@/lib/auth/door";
import { cancelOrder } from "@/lib/sales/orders/cancel-order";
import { changeOrder } from "@/lib/sales/orders/change-order";
import { confirmOrder } from "@/lib/sales/orders/confirm-order";
import { createOrder } from "@/lib/sales/orders/create-order";
import { duplicateOrder } from "@/lib/sales/orders/duplicate-order";
import { updateDraftOrder } from "@/lib/sales/orders/update-draft-order";
import { OrderChangeInput, OrderCreateInput, OrderIdInput, OrderReasonInput, OrderUpdateInput } from "@/lib/validation/orders";

export type OrderFormState = ActionState<{ id: string }>;
export type OrderStepState = ActionState<{ id: string; credit?: string; number?: string; status?: string }>;

/** The form's fields, with the line editor's JSON rows parsed (text that is not JSON fails zod). */
function orderForm(form: FormData): Record<string, unknown> {
  const input = formObject(form);
  try {
    input.lines = JSON.parse(String(form.get("lines") ?? ""));
  } catch {
    input.lines = null;
  }
  return input;
}

export async function createOrderAction(_prev: OrderFormState, form: FormData): Promise<OrderFormState> {
  const state = await door(OrderCreateInput, orderForm(form), "sales.manage", (actor, input) => createOrder({ actor, input }));
  if (!state?.ok || !state.data) return state;
  revalidatePath("/app/sales/orders");
  // Outside any try: redirect() works by throwing.
  redirect(`/app/sales/orders/${state.data.id}?saved=1`);
}

export async function updateDraftOrderAction(_prev: OrderFormState, form: FormData): Promise<OrderFormState> {
  const state = await door(OrderUpdateInput, orderForm(form), "sales.manage", (actor, input) => updateDraftOrder({ actor, input }));
  if (!state?.ok || !state.data) return state;
  revalidatePath("/app/sales/orders");
  redirect(`/app/sales/orders/${state.data.id}?saved=1`);
}

export async function changeOrderAction(_prev: OrderFormState, form: FormData): Promise<OrderFormState> {
  const state = await door(OrderChangeInput, orderForm(form), "sales.manage", (actor, input) => changeOrder({ actor, input }));
  if (!state?.ok || !state.data) return state;
  revalidatePath("/app/sales/orders");
  redirect(`/app/sales/orders/${state.data.id}?${state.data.changed ? `changed=${state.data.credit}` : "saved=0"}`);
}

export async function confirmOrderAction(_prev: OrderStepState, form: FormData): Promise<OrderStepState> {
  const state = await door(OrderIdInput, formObject(form), "sales.manage", (actor, input) => confirmOrder({ actor, id: input.id }));
  if (!state?.ok || !state.data) return state;
  revalidatePath("/app/sales/orders");
  revalidatePath(`/app/sales/orders/${state.data.id}`);
  const t = await getTranslations("orders");
  return { ...state, message: t(`confirmed.${state.data.credit as "ok" | "hold" | "warn"}`, { number: state.data.number ?? "" }) };
}

export async function cancelOrderAction(_prev: OrderStepState, form: FormData): Promise<OrderStepState> {
  const state = await door(OrderReasonInput, formObject(form), "sales.manage", (actor, input) => cancelOrder({ actor, id: input.id, reason: input.reason }));
  if (!state?.ok || !state.data) return state;
  revalidatePath("/app/sales/orders");
  revalidatePath(`/app/sales/orders/${state.data.id}`);
  const t = await getTranslations("orders");
  return { ...state, message: t(state.data.status === "cancelled" ? "cancel.done" : "cancel.closedShort") };
}

export async function duplicateOrderAction(_prev: OrderStepState, form: FormData): Promise<OrderStepState> {
  const state = await door(OrderIdInput, formObject(form), "sales.manage", (actor, input) => duplicateOrder({ actor, id: input.id }));
  if (!state?.ok || !state.data) return state;
  revalidatePath("/app/sales/orders");
  redirect(`/app/sales/orders/${state.data.id}/edit`);
}
