"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { door, formObject, type ActionState } from "@/lib/auth/door";
import { changeOpportunityStage } from "@/lib/crm/opportunities/change-opportunity-stage";
import { createOpportunity } from "@/lib/crm/opportunities/create-opportunity";
import { updateOpportunity } from "@/lib/crm/opportunities/update-opportunity";
import { OpportunityCreateInput, OpportunityStageInput, OpportunityUpdateInput } from "@/lib/validation/opportunity";

export type OpportunityFormState = ActionState<{ id: string; changed: boolean }>;

export async function createOpportunityAction(_prev: OpportunityFormState, form: FormData): Promise<OpportunityFormState> {
  const state = await door(OpportunityCreateInput, formObject(form), "crm.manage", async (actor, input) => ({ ...(await createOpportunity({ actor, input })), changed: true }));
  if (!state?.ok || !state.data) return state;
  revalidatePath("/app/crm/opportunities");
  // Outside any try: redirect() works by throwing.
  redirect(`/app/crm/opportunities/${state.data.id}?created=1`);
}

export async function updateOpportunityAction(_prev: OpportunityFormState, form: FormData): Promise<OpportunityFormState> {
  const state = await door(OpportunityUpdateInput, formObject(form), "crm.manage", (actor, input) => updateOpportunity({ actor, input }));
  if (!state?.ok) return state;
  revalidatePath("/app/crm/opportunities");
  const t = await getTranslations("pipeline");
  return { ...state, message: state.data?.changed ? t("saved") : t("unchanged") };
}

/** The stage control (and later the board) moves an opportunity; the same rules as the form apply. */
export async function changeOpportunityStageAction(_prev: OpportunityFormState, form: FormData): Promise<OpportunityFormState> {
  const state = await door(OpportunityStageInput, formObject(form), "crm.manage", (actor, input) => changeOpportunityStage({ actor, input }));
  if (!state?.ok) return state;
  revalidatePath("/app/crm/opportunities");
  const t = await getTranslations("pipeline");
  return { ...state, message: state.data?.changed ? t("view.moved") : t("unchanged") };
}

/** The board's drag and drop (and its keyboard fallback): a plain call, not a form. */
export async function moveOpportunityAction(input: { id: string; stageId: string; lostReason: string }): Promise<OpportunityFormState> {
  const state = await door(OpportunityStageInput, input, "crm.manage", (actor, data) => changeOpportunityStage({ actor, input: data }));
  if (state?.ok) revalidatePath("/app/crm/opportunities");
  return state;
}
