"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { door, formObject, type ActionState } from "@/lib/auth/door";
import { changeServiceCaseStatus } from "@/lib/service/cases/change-service-case-status";
import { createServiceCase } from "@/lib/service/cases/create-service-case";
import { updateServiceCase } from "@/lib/service/cases/update-service-case";
import { updateServiceCaseCare } from "@/lib/service/cases/update-service-case-care";
import { ServiceCaseCareInput, ServiceCaseCreateInput, ServiceCaseStatusInput, ServiceCaseUpdateInput } from "@/lib/validation/service";

export type ServiceCaseFormState = ActionState<{ id: string; changed: boolean }>;

export async function createServiceCaseAction(_prev: ServiceCaseFormState, form: FormData): Promise<ServiceCaseFormState> {
  const state = await door(ServiceCaseCreateInput, formObject(form), "crm.manage", async (actor, input) => ({ ...(await createServiceCase({ actor, input })), changed: true }));
  if (!state?.ok || !state.data) return state;
  revalidatePath("/app/service");
  // Outside any try: redirect() works by throwing.
  redirect(`/app/service/cases/${state.data.id}?created=1`);
}

export async function updateServiceCaseAction(_prev: ServiceCaseFormState, form: FormData): Promise<ServiceCaseFormState> {
  const state = await door(ServiceCaseUpdateInput, formObject(form), "crm.manage", (actor, input) => updateServiceCase({ actor, input }));
  if (!state?.ok) return state;
  revalidatePath("/app/service");
  const t = await getTranslations("service");
  return { ...state, message: state.data?.changed ? t("saved") : t("unchanged") };
}

/** The status buttons and the resolve / reopen forms on the case page. */
export async function changeServiceCaseStatusAction(_prev: ServiceCaseFormState, form: FormData): Promise<ServiceCaseFormState> {
  const state = await door(ServiceCaseStatusInput, formObject(form), "crm.manage", (actor, input) => changeServiceCaseStatus({ actor, input }));
  if (!state?.ok) return state;
  revalidatePath("/app/service");
  const t = await getTranslations("service");
  return { ...state, message: state.data?.changed ? t("view.statusChanged") : t("unchanged") };
}

/** Satisfaction and follow-up date on a finished case. */
export async function updateServiceCaseCareAction(_prev: ServiceCaseFormState, form: FormData): Promise<ServiceCaseFormState> {
  const state = await door(ServiceCaseCareInput, formObject(form), "crm.manage", (actor, input) => updateServiceCaseCare({ actor, input }));
  if (!state?.ok) return state;
  revalidatePath("/app/service");
  const t = await getTranslations("service");
  return { ...state, message: state.data?.changed ? t("saved") : t("unchanged") };
}
