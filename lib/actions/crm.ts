"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { door, formObject, type ActionState } from "@/lib/auth/door";
import { createAccount } from "@/lib/crm/accounts/create-account";
import { updateAccount } from "@/lib/crm/accounts/update-account";
import { createContact } from "@/lib/crm/contacts/create-contact";
import { updateContact } from "@/lib/crm/contacts/update-contact";
import { splitRowsFromForm } from "@/lib/validation/split-rows";
import { AccountCreateInput, AccountUpdateInput, ContactCreateInput, ContactUpdateInput } from "@/lib/validation/crm";

export type CrmFormState = ActionState<{ id: string; changed: boolean }>;

/** The account form posts split rows as repeated splitUserId / splitPercent fields. */
function accountForm(form: FormData): Record<string, unknown> {
  const { splitUserId: _users, splitPercent: _percents, ...rest } = formObject(form);
  return { ...rest, splits: splitRowsFromForm(form) };
}

export async function createAccountAction(_prev: CrmFormState, form: FormData): Promise<CrmFormState> {
  const state = await door(AccountCreateInput, accountForm(form), "crm.manage", async (actor, input) => ({ ...(await createAccount({ actor, input })), changed: true }));
  if (!state?.ok || !state.data) return state;
  revalidatePath("/app/crm/accounts");
  // Outside any try: redirect() works by throwing.
  redirect(`/app/crm/accounts/${state.data.id}?created=1`);
}

export async function updateAccountAction(_prev: CrmFormState, form: FormData): Promise<CrmFormState> {
  const state = await door(AccountUpdateInput, accountForm(form), "crm.manage", (actor, input) => updateAccount({ actor, input }));
  if (!state?.ok) return state;
  revalidatePath("/app/crm/accounts");
  const t = await getTranslations("crm");
  return { ...state, message: state.data?.changed ? t("accounts.saved") : t("accounts.unchanged") };
}

export async function createContactAction(_prev: CrmFormState, form: FormData): Promise<CrmFormState> {
  const state = await door(ContactCreateInput, formObject(form), "crm.manage", async (actor, input) => ({ ...(await createContact({ actor, input })), changed: true, accountId: input.accountId }));
  if (!state?.ok || !state.data) return state;
  revalidatePath("/app/crm/contacts");
  redirect(`/app/crm/accounts/${state.data.accountId}?contactCreated=1`);
}

export async function updateContactAction(_prev: CrmFormState, form: FormData): Promise<CrmFormState> {
  const state = await door(ContactUpdateInput, formObject(form), "crm.manage", (actor, input) => updateContact({ actor, input }));
  if (!state?.ok) return state;
  revalidatePath("/app/crm/contacts");
  const t = await getTranslations("crm");
  return { ...state, message: state.data?.changed ? t("contacts.saved") : t("contacts.unchanged") };
}
