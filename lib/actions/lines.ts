"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { door, type ActionState } from "@/lib/auth/door";
import { saveOpportunityLines } from "@/lib/crm/opportunities/save-opportunity-lines";
import { findLineProductChoices, type LineProductChoice } from "@/lib/pricing/find-line-product-choices";
import { LineProductSearchInput, OpportunityLinesInput } from "@/lib/validation/lines";

export type LinesFormState = ActionState<{ id: string; amount: number; changed: boolean }>;

/** The line editor posts its rows as JSON; text that is not JSON becomes a value zod rejects. */
function parseRows(text: FormDataEntryValue | null): unknown {
  try {
    return JSON.parse(String(text ?? ""));
  } catch {
    return null;
  }
}

export async function saveOpportunityLinesAction(_prev: LinesFormState, form: FormData): Promise<LinesFormState> {
  const input = { id: form.get("id"), lines: parseRows(form.get("lines")) };
  const state = await door(OpportunityLinesInput, input, "crm.manage", (actor, data) => saveOpportunityLines({ actor, input: data }));
  if (!state?.ok || !state.data) return state;
  revalidatePath(`/app/crm/opportunities/${state.data.id}`);
  const t = await getTranslations("lines");
  return { ...state, message: state.data.changed ? t("saved") : t("unchanged") };
}

export async function searchLineProductsAction(input: { q: string; accountId: string; currencyCode: string }): Promise<LineProductChoice[]> {
  const state = await door(LineProductSearchInput, input, "catalog.read", (actor, data) => findLineProductChoices({ actor, input: data }));
  return state?.ok ? (state.data ?? []) : [];
}
