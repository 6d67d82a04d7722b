"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { door, formObject, type ActionState } from "@/lib/auth/door";
import { setCompanyLogo } from "@/lib/settings/company/set-company-logo";
import { updateCompany } from "@/lib/settings/company/update-company";
import { CompanyInput, LogoInput } from "@/lib/validation/company";
import { invalidatePublicCatalog } from "@/lib/public-catalog/invalidate";

/** Admin only: the company's details. */
export async function updateCompanyAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return door(CompanyInput, formObject(form), "settings.company.manage", async (actor, input) => {
    const { defaultVatRate, ...fields } = input;
    await updateCompany({ actor, ...fields, defaultVatRateBp: defaultVatRate });
    revalidatePath("/", "layout"); // the company name shows outside settings too
    invalidatePublicCatalog(); // and on the public catalog
    return undefined;
  });
}

/** Admin only: a new logo (type checked from the file's bytes by the service). */
export async function uploadCompanyLogoAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return door(LogoInput, formObject(form), "settings.company.manage", async (actor, input) => {
    await setCompanyLogo({ actor, file: input.logo });
    revalidatePath("/", "layout");
    return undefined;
  });
}

export async function removeCompanyLogoAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return door(z.object({}), formObject(form), "settings.company.manage", async (actor) => {
    await setCompanyLogo({ actor, file: null });
    revalidatePath("/", "layout");
    return undefined;
  });
}
