"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { door, formObject, type ActionState } from "@/lib/auth/door";
import { releaseCreditHold } from "@/lib/sales/credit/release-credit-hold";
import { OrderReasonInput } from "@/lib/validation/orders";

export type ReleaseState = ActionState<{ id: string; exposure: number }>;

/** A manager or finance user releases an order from credit hold, with a reason. */
export async function releaseCreditHoldAction(_prev: ReleaseState, form: FormData): Promise<ReleaseState> {
  const state = await door(OrderReasonInput, formObject(form), "credit.release", (actor, input) => releaseCreditHold({ actor, id: input.id, reason: input.reason }));
  if (!state?.ok || !state.data) return state;
  revalidatePath("/app/sales/credit-holds");
  revalidatePath(`/app/sales/orders/${state.data.id}`);
  const t = await getTranslations("credit");
  return { ...state, message: t("release.done") };
}
