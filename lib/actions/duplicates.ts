"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { door, formObject, type ActionState } from "@/lib/auth/door";
import { findLikelyDuplicates, type LikelyDuplicate } from "@/lib/crm/duplicates/find-likely-duplicates";
import { mergeAccounts } from "@/lib/crm/duplicates/merge-accounts";
import { mergeContacts } from "@/lib/crm/duplicates/merge-contacts";
import { MERGE_FIELDS } from "@/lib/crm/duplicates/merge-fields";
import { mergeLeads } from "@/lib/crm/duplicates/merge-leads";
import { DuplicateCheckInput, MergeInput } from "@/lib/validation/duplicates";

/** Called by the create/edit forms when a key field loses focus; the user may still save. */
export async function checkDuplicatesAction(input: unknown): Promise<ActionState<LikelyDuplicate[]>> {
  return door(DuplicateCheckInput, input, "crm.manage", (actor, data) => findLikelyDuplicates({ actor, input: data }));
}

export type MergeFormState = ActionState<{ survivorId: string }>;

const MERGERS = { account: mergeAccounts, contact: mergeContacts, lead: mergeLeads };
const PATHS = { account: "/app/crm/accounts", contact: "/app/crm/contacts", lead: "/app/crm/leads" };

/**
 * The merge page posts `keep` (a | b: which record survives) and one `field.<name>` (a | b) per
 * field; they become survivor/merged choices for the service.
 */
function mergeForm(form: FormData): Record<string, unknown> {
  const raw = formObject(form);
  const keepA = raw.keep !== "b";
  const [survivorId, mergedId] = keepA ? [raw.a, raw.b] : [raw.b, raw.a];
  const type = String(raw.type ?? "");
  const fields = Object.hasOwn(MERGE_FIELDS, type) ? MERGE_FIELDS[type as keyof typeof MERGE_FIELDS] : [];
  const choices: Record<string, string> = {};
  for (const field of fields) {
    const side = raw[`field.${field}`];
    if (side !== "a" && side !== "b") continue;
    choices[field] = (side === "a") === keepA ? "survivor" : "merged";
  }
  return { type, survivorId, mergedId, choices };
}

export async function mergeRecordsAction(_prev: MergeFormState, form: FormData): Promise<MergeFormState> {
  const state = await door(MergeInput, mergeForm(form), "crm.manage", (actor, input) => MERGERS[input.type]({ actor, input }));
  if (!state?.ok || !state.data) return state;
  const type = String(form.get("type")) as keyof typeof PATHS;
  revalidatePath(PATHS[type]);
  revalidatePath("/app/crm/duplicates");
  // Outside any try: redirect() works by throwing.
  redirect(`${PATHS[type]}/${state.data.survivorId}?merged=1`);
}
