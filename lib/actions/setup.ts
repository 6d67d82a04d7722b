"use server";

import { getTranslations } from "next-intl/server";
import { formObject, type ActionState } from "@/lib/auth/door";
import { translateIssues } from "@/lib/validation/translate-issues";
import { SetupInput } from "@/lib/validation/user";
import { setupCompany } from "@/lib/settings/company/setup-company";
import { AppError } from "@/lib/errors";
import { loose } from "@/lib/i18n/loose";

/**
 * First-run door: the only action that runs without a session, and only while no admin exists
 * (setupCompany re-checks that inside its transaction, so two racing submissions create one admin).
 */
export async function setupCompanyAction(_prev: ActionState<{ email: string; password: string }>, form: FormData): Promise<ActionState<{ email: string; password: string }>> {
  const t = await getTranslations("errors");
  const parsed = SetupInput.safeParse(formObject(form));
  if (!parsed.success) return { ok: false, error: t("invalidInput"), fieldErrors: await translateIssues(parsed.error.issues) };
  try {
    await setupCompany(parsed.data);
  } catch (error) {
    if (error instanceof AppError) return { ok: false, error: loose(t)(error.key) };
    throw error;
  }
  // The password goes back only to the browser that just typed it, to sign in at once.
  return { ok: true, data: { email: parsed.data.email, password: parsed.data.password } };
}
