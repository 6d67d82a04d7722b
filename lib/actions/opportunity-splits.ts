"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { door, type ActionState } from "@/lib/auth/door";
import { saveOpportunitySplits } from "@/lib/crm/opportunities/save-opportunity-splits";
import { OpportunitySplitsInput } from "@/lib/validation/opportunity";
import { splitRowsFromForm } from "@/lib/validation/split-rows";

export type SplitsFormState = ActionState<{ id: string; changed: boolean }>;

export async function saveOpportunitySplitsAction(_prev: SplitsFormState, form: FormData): Promise<SplitsFormState> {
  const input = { id: form.get("id"), splits: splitRowsFromForm(form) };
  const state = await door(OpportunitySplitsInput, input, "crm.manage", (actor, data) => saveOpportunitySplits({ actor, input: data }));
  if (!state?.ok || !state.data) return state;
  revalidatePath(`/app/crm/opportunities/${state.data.id}`);
  const t = await getTranslations("pipeline");
  return { ...state, message: state.data.changed ? t("splits.saved") : t("unchanged") };
}
