"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { door, formObject, type ActionState } from "@/lib/auth/door";
import { completeActivity } from "@/lib/crm/activities/complete-activity";
import { createActivity } from "@/lib/crm/activities/create-activity";
import { deleteActivity } from "@/lib/crm/activities/delete-activity";
import { updateActivity } from "@/lib/crm/activities/update-activity";
import { ActivityCreateInput, ActivityDoneInput, ActivityIdInput, ActivityUpdateInput } from "@/lib/validation/activity";

export type ActivityFormState = ActionState<{ id: string; changed: boolean }>;

/** Activities show on several pages (the record's page, My day, the calendar): refresh them all. */
function refresh() {
  revalidatePath("/app/crm", "layout");
}

/** The quick forms of the Activities panel: create and stay on the page. */
export async function logActivityAction(_prev: ActivityFormState, form: FormData): Promise<ActivityFormState> {
  const state = await door(ActivityCreateInput, formObject(form), "crm.manage", async (actor, input) => ({ ...(await createActivity({ actor, input })), changed: true }));
  if (!state?.ok) return state;
  refresh();
  const t = await getTranslations("activities");
  return { ...state, message: t("panel.saved") };
}

/** The full form (new activity page): create, then open it. */
export async function createActivityAction(_prev: ActivityFormState, form: FormData): Promise<ActivityFormState> {
  const state = await door(ActivityCreateInput, formObject(form), "crm.manage", async (actor, input) => ({ ...(await createActivity({ actor, input })), changed: true }));
  if (!state?.ok || !state.data) return state;
  refresh();
  // Outside any try: redirect() works by throwing.
  redirect(`/app/crm/activities/${state.data.id}?created=1`);
}

export async function updateActivityAction(_prev: ActivityFormState, form: FormData): Promise<ActivityFormState> {
  const state = await door(ActivityUpdateInput, formObject(form), "crm.manage", (actor, input) => updateActivity({ actor, input }));
  if (!state?.ok) return state;
  refresh();
  const t = await getTranslations("activities");
  return { ...state, message: state.data?.changed ? t("detail.saved") : t("detail.unchanged") };
}

/** The done checkbox in lists: a plain call. */
export async function setActivityDoneAction(input: { id: string; done: boolean }): Promise<ActivityFormState> {
  const state = await door(ActivityDoneInput, input, "crm.manage", (actor, data) => completeActivity({ actor, input: data }));
  if (state?.ok) refresh();
  return state;
}

export async function deleteActivityAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const state = await door(ActivityIdInput, formObject(form), "crm.manage", (actor, input) => deleteActivity({ actor, input }));
  if (!state?.ok) return state?.ok === false ? state : null;
  refresh();
  redirect("/app/crm/activities?deleted=1");
}
