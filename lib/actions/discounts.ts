"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { door, formObject, type ActionState } from "@/lib/auth/door";
import { updateDiscountLimits } from "@/lib/pricing/discounts/update-discount-limits";
import { DiscountLimitsInput } from "@/lib/validation/discount";

/** Every role's largest discount without approval, saved together. */
export async function updateDiscountLimitsAction(_prev: ActionState<{ changed: number }>, form: FormData): Promise<ActionState<{ changed: number }>> {
  const state = await door(DiscountLimitsInput, formObject(form), "pricing.manage", (actor, limits) => updateDiscountLimits({ actor, limits }));
  if (!state?.ok) return state;
  revalidatePath("/app/settings/discounts");
  const t = await getTranslations("pricing");
  return { ...state, message: state.data?.changed ? t("discounts.saved") : t("discounts.unchanged") };
}
