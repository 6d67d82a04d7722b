"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { door, formObject, type ActionState } from "@/lib/auth/door";
import { createVatRate } from "@/lib/pricing/taxes/create-vat-rate";
import { deleteVatRate } from "@/lib/pricing/taxes/delete-vat-rate";
import { updateVatRate } from "@/lib/pricing/taxes/update-vat-rate";
import { VatRateCreateInput, VatRateDeleteInput, VatRateUpdateInput } from "@/lib/validation/tax";

const TAXES = "/app/settings/taxes";

export async function createVatRateAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const state = await door(VatRateCreateInput, formObject(form), "pricing.manage", async (actor, input) => {
    await createVatRate({ actor, input });
    return undefined;
  });
  if (!state?.ok) return state;
  revalidatePath(TAXES);
  const t = await getTranslations("pricing");
  return { ...state, message: t("taxes.created") };
}

export async function updateVatRateAction(_prev: ActionState<{ changed: boolean }>, form: FormData): Promise<ActionState<{ changed: boolean }>> {
  const state = await door(VatRateUpdateInput, formObject(form), "pricing.manage", (actor, input) => updateVatRate({ actor, input }));
  if (!state?.ok) return state;
  revalidatePath(TAXES);
  const t = await getTranslations("pricing");
  return { ...state, message: state.data?.changed ? t("taxes.saved") : t("taxes.unchanged") };
}

/** Deletes an unused rate; a rate products use is refused with a translated message. */
export async function deleteVatRateAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const state = await door(VatRateDeleteInput, formObject(form), "pricing.manage", async (actor, input) => {
    await deleteVatRate({ actor, code: input.code });
    return undefined;
  });
  if (state?.ok) revalidatePath(TAXES);
  return state;
}
