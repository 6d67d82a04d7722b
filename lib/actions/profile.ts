"use server";

import { door, formObject, type ActionState } from "@/lib/auth/door";
import { changeOwnPassword } from "@/lib/profile/change-own-password";
import { ChangePasswordInput } from "@/lib/validation/profile";

/** Any signed-in user, on their own account only: the id comes from the session. */
export async function changeOwnPasswordAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return door(ChangePasswordInput, formObject(form), null, async (actor, input) => {
    await changeOwnPassword({ actor, current: input.current, next: input.next });
    return undefined;
  });
}
