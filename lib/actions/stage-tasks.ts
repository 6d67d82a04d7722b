"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { door, formObject, type ActionState } from "@/lib/auth/door";
import { createStageTask, deleteStageTask, moveStageTask, updateStageTask } from "@/lib/crm/pipeline/save-stage-task";
import { ActivityIdInput, StageTaskInput, StageTaskMoveInput, StageTaskUpdateInput } from "@/lib/validation/activity";

export type StageTaskFormState = ActionState<{ id: string; changed: boolean }>;

export async function createStageTaskAction(_prev: StageTaskFormState, form: FormData): Promise<StageTaskFormState> {
  const state = await door(StageTaskInput, formObject(form), "settings.pipeline.manage", (actor, input) => createStageTask({ actor, input }));
  if (!state?.ok) return state;
  revalidatePath("/app/settings/pipeline");
  const t = await getTranslations("activities");
  return { ...state, message: t("stageTasks.saved") };
}

export async function updateStageTaskAction(_prev: StageTaskFormState, form: FormData): Promise<StageTaskFormState> {
  const state = await door(StageTaskUpdateInput, formObject(form), "settings.pipeline.manage", (actor, input) => updateStageTask({ actor, input }));
  if (!state?.ok) return state;
  revalidatePath("/app/settings/pipeline");
  const t = await getTranslations("activities");
  return { ...state, message: state.data?.changed ? t("stageTasks.saved") : t("stageTasks.unchanged") };
}

export async function moveStageTaskAction(input: { id: string; direction: "up" | "down" }): Promise<StageTaskFormState> {
  const state = await door(StageTaskMoveInput, input, "settings.pipeline.manage", (actor, data) => moveStageTask({ actor, input: data }));
  if (state?.ok) revalidatePath("/app/settings/pipeline");
  return state;
}

export async function deleteStageTaskAction(input: { id: string }): Promise<StageTaskFormState> {
  const state = await door(ActivityIdInput, input, "settings.pipeline.manage", (actor, data) => deleteStageTask({ actor, id: data.id }));
  if (state?.ok) revalidatePath("/app/settings/pipeline");
  return state;
}
