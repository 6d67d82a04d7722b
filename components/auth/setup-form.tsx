"use client";

import { useActionState, useEffect } from "react";
import { signIn } from "next-auth/react";
import { useLocale, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { setupCompanyAction } from "@/lib/actions/setup";

export function SetupForm() {
  const t = useTranslations("auth");
  const locale = useLocale();
  const [state, action, pending] = useActionState(setupCompanyAction, null);
  const errors = state && !state.ok ? state.fieldErrors ?? {} : {};

  useEffect(() => {
    // Created: sign straight in with the credentials just chosen.
    if (state?.ok && state.data) {
      signIn("credentials", { email: state.data.email, password: state.data.password, callbackUrl: "/app" });
    }
  }, [state]);

  return (
    <form action={action} className="space-y-4 rounded-xl border border-slate-200 bg-white p-6 shadow-sm dark:border-slate-800 dark:bg-slate-900">
      <input type="hidden" name="locale" value={locale} />
      <Field label={t("companyName")} name="companyName" required error={errors.companyName} />
      <Field label={t("adminName")} name="name" required error={errors.name} />
      <Field label={t("email")} name="email" type="email" required error={errors.email} />
      <Field label={t("password")} name="password" type="password" autoComplete="new-password" required error={errors.password} />
      <Field label={t("confirmPassword")} name="confirm" type="password" autoComplete="new-password" required error={errors.confirm} />
      <FormStatus state={state} />
      <Button type="submit" className="w-full" disabled={pending}>{t("createCompany")}</Button>
    </form>
  );
}
