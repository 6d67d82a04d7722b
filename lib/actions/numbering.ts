"use server";

import { revalidatePath } from "next/cache";
import { door, formObject, type ActionState } from "@/lib/auth/door";
import { updateNumberingRule } from "@/lib/settings/numbering/update-numbering-rule";
import { NumberingRuleInput } from "@/lib/validation/numbering";

export type NumberingSaved = { docType: string; prefix: string; padding: number };

/** Admin only: one document type's prefix and padding. */
export async function updateNumberingRuleAction(_prev: ActionState<NumberingSaved>, form: FormData): Promise<ActionState<NumberingSaved>> {
  return door(NumberingRuleInput, formObject(form), "settings.numbering.manage", async (actor, input) => {
    const rule = await updateNumberingRule({ actor, ...input });
    revalidatePath("/app/settings/numbering");
    return rule;
  });
}
