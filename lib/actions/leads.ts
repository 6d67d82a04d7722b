"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { door, formObject, type ActionState } from "@/lib/auth/door";
import { changeLeadStatus } from "@/lib/crm/leads/change-lead-status";
import { convertLead } from "@/lib/crm/leads/convert-lead";
import { createLead } from "@/lib/crm/leads/create-lead";
import { updateLeadAssignment } from "@/lib/crm/leads/lead-assignment";
import { updateLead } from "@/lib/crm/leads/update-lead";
import { REGIONS } from "@/lib/domain/crm";
import { LeadAssignmentInput, LeadConvertInput, LeadCreateInput, LeadStatusInput, LeadUpdateInput } from "@/lib/validation/leads";

export type LeadFormState = ActionState<{ id: string; changed: boolean }>;
export type LeadConvertState = ActionState<{ id: string; accountId: string; opportunityId: string | null }>;
export type LeadAssignmentState = ActionState<undefined>;

export async function createLeadAction(_prev: LeadFormState, form: FormData): Promise<LeadFormState> {
  const state = await door(LeadCreateInput, formObject(form), "crm.manage", async (actor, input) => ({ id: (await createLead({ actor, input })).id, changed: true }));
  if (!state?.ok || !state.data) return state;
  revalidatePath("/app/crm/leads");
  // Outside any try: redirect() works by throwing.
  redirect(`/app/crm/leads/${state.data.id}?created=1`);
}

export async function updateLeadAction(_prev: LeadFormState, form: FormData): Promise<LeadFormState> {
  const state = await door(LeadUpdateInput, formObject(form), "crm.manage", (actor, input) => updateLead({ actor, input }));
  if (!state?.ok) return state;
  revalidatePath("/app/crm/leads");
  const t = await getTranslations("leads");
  return { ...state, message: state.data?.changed ? t("saved") : t("unchanged") };
}

export async function changeLeadStatusAction(_prev: LeadFormState, form: FormData): Promise<LeadFormState> {
  const state = await door(LeadStatusInput, formObject(form), "crm.manage", async (actor, input) => ({ id: (await changeLeadStatus({ actor, input })).id, changed: true }));
  if (!state?.ok) return state;
  revalidatePath("/app/crm/leads");
  const t = await getTranslations("leads");
  return { ...state, message: t("statusChanged") };
}

export async function convertLeadAction(_prev: LeadConvertState, form: FormData): Promise<LeadConvertState> {
  const state = await door(LeadConvertInput, formObject(form), "crm.manage", async (actor, input) => {
    const result = await convertLead({ actor, input });
    return { id: result.id, accountId: result.accountId, opportunityId: result.opportunityId };
  });
  if (!state?.ok || !state.data) return state;
  revalidatePath("/app/crm/leads");
  revalidatePath("/app/crm/accounts");
  revalidatePath("/app/crm/opportunities");
  redirect(state.data.opportunityId ? `/app/crm/opportunities/${state.data.opportunityId}?fromLead=1` : `/app/crm/accounts/${state.data.accountId}?fromLead=1`);
}

/** The settings form posts one `rule_<region>` select per region; empty ones have no rule. */
export async function updateLeadAssignmentAction(_prev: LeadAssignmentState, form: FormData): Promise<LeadAssignmentState> {
  const raw = formObject(form);
  const rules = REGIONS.map((region) => ({ region, userId: String(raw[`rule_${region}`] ?? "").trim() })).filter((r) => r.userId !== "");
  const state = await door(LeadAssignmentInput, { mode: raw.mode, roundRobinTeamId: raw.roundRobinTeamId, defaultOwnerId: raw.defaultOwnerId, rules }, "settings.company.manage", async (actor, input) => {
    await updateLeadAssignment({ actor, input });
    return undefined;
  });
  if (!state?.ok) return state;
  revalidatePath("/app/settings/leads");
  const t = await getTranslations("leads");
  return { ...state, message: t("settings.saved") };
}
