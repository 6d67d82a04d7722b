"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { door, formObject, type ActionState } from "@/lib/auth/door";
import { deletePipelineStage } from "@/lib/crm/pipeline/delete-pipeline-stage";
import { movePipelineStage } from "@/lib/crm/pipeline/move-pipeline-stage";
import { updatePipelineStage } from "@/lib/crm/pipeline/update-pipeline-stage";
import { StageIdInput, StageUpdateInput } from "@/lib/validation/opportunity";

export type StageFormState = ActionState<{ id: string; changed: boolean }>;

export async function updatePipelineStageAction(_prev: StageFormState, form: FormData): Promise<StageFormState> {
  const state = await door(StageUpdateInput, formObject(form), "settings.pipeline.manage", (actor, input) => updatePipelineStage({ actor, input }));
  if (!state?.ok) return state;
  revalidatePath("/app/settings/pipeline");
  const t = await getTranslations("pipeline");
  return { ...state, message: state.data?.changed ? t("stages.saved") : t("stages.unchanged") };
}

export async function movePipelineStageAction(input: { id: string; direction: "up" | "down" }): Promise<StageFormState> {
  const state = await door(StageIdInput, input, "settings.pipeline.manage", (actor, data) => movePipelineStage({ actor, id: data.id, direction: data.direction ?? "up" }));
  if (state?.ok) revalidatePath("/app/settings/pipeline");
  return state;
}

export async function deletePipelineStageAction(input: { id: string }): Promise<StageFormState> {
  const state = await door(StageIdInput, input, "settings.pipeline.manage", (actor, data) => deletePipelineStage({ actor, id: data.id }));
  if (state?.ok) revalidatePath("/app/settings/pipeline");
  return state;
}
