"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { door, formObject, type ActionState } from "@/lib/auth/door";
import { cancelReturn } from "@/lib/sales/returns/cancel-return";
import { createReturn } from "@/lib/sales/returns/create-return";
import { postReturn } from "@/lib/sales/returns/post-return";
import { ReturnFormInput, ReturnIdInput } from "@/lib/validation/returns";

export type ReturnFormState = ActionState<{ id: string }>;

function then(state: ReturnFormState, flag: string): ReturnFormState {
  if (!state?.ok || !state.data) return state;
  revalidatePath("/app/sales/returns", "layout");
  revalidatePath("/app/sales/deliveries", "layout");
  revalidatePath("/app/sales/orders", "layout");
  revalidatePath("/app/billing", "layout");
  revalidatePath("/app/stock", "layout");
  // Outside any try: redirect() works by throwing.
  redirect(`/app/sales/returns/${state.data.id}?${flag}=1`);
}

export async function createReturnAction(_prev: ReturnFormState, form: FormData): Promise<ReturnFormState> {
  const state = await door(ReturnFormInput, formObject(form), "delivery.manage", async (actor, input) => {
    const created = await createReturn({ actor, input });
    return { id: created.id };
  });
  return then(state, "saved");
}

export async function postReturnAction(_prev: ReturnFormState, form: FormData): Promise<ReturnFormState> {
  const state = await door(ReturnIdInput, formObject(form), "delivery.manage", async (actor, { id }) => {
    const posted = await postReturn({ actor, id });
    return { id: posted.id };
  });
  return then(state, "posted");
}

export async function cancelReturnAction(_prev: ReturnFormState, form: FormData): Promise<ReturnFormState> {
  const state = await door(ReturnIdInput, formObject(form), "delivery.manage", (actor, { id }) => cancelReturn({ actor, id }));
  return then(state, "cancelled");
}
