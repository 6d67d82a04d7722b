"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { door, formObject, type ActionState } from "@/lib/auth/door";
import { createUser } from "@/lib/settings/users/create-user";
import { updateUser } from "@/lib/settings/users/update-user";
import { UserCreateInput, UserUpdateInput } from "@/lib/validation/user";

/** Both user forms share one state shape, so one component can drive either action. */
export type UserFormState = ActionState<{ id: string; changed: boolean }>;

/** New staff account; on success back to the list, which shows a confirmation. */
export async function createUserAction(_prev: UserFormState, form: FormData): Promise<UserFormState> {
  const state = await door(UserCreateInput, formObject(form), "settings.users.manage", async (actor, input) => ({ ...(await createUser({ actor, input })), changed: true }));
  if (!state?.ok) return state;
  revalidatePath("/app/settings/users");
  // Outside any try: redirect() works by throwing.
  redirect("/app/settings/users?created=1");
}

/** Edit a staff account (including deactivation and a new password); stays on the page. */
export async function updateUserAction(_prev: UserFormState, form: FormData): Promise<UserFormState> {
  const state = await door(UserUpdateInput, formObject(form), "settings.users.manage", (actor, input) => updateUser({ actor, input }));
  if (!state?.ok) return state;
  revalidatePath("/app/settings/users");
  const t = await getTranslations("users");
  return { ...state, message: state.data?.changed ? t("saved") : t("unchanged") };
}
