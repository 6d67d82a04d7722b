"use client";

import { useActionState, useEffect } from "react";
import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { changeOwnPasswordAction } from "@/lib/actions/profile";

export function PasswordForm() {
  const t = useTranslations("profile");
  const [state, action, pending] = useActionState(changeOwnPasswordAction, null);
  const errors = state && !state.ok ? state.fieldErrors ?? {} : {};

  useEffect(() => {
    // The change ended every session, this one too: sign in again with the new password.
    if (state?.ok) {
      const timer = setTimeout(() => signOut({ callbackUrl: "/login" }), 1500);
      return () => clearTimeout(timer);
    }
  }, [state]);

  return (
    <form action={action} className="max-w-md space-y-4">
      <Field label={t("currentPassword")} name="current" type="password" autoComplete="current-password" required error={errors.current} />
      <Field label={t("newPassword")} name="next" type="password" autoComplete="new-password" required error={errors.next} hint={t("passwordHint")} />
      <Field label={t("confirmPassword")} name="confirm" type="password" autoComplete="new-password" required error={errors.confirm} />
      <FormStatus state={state} success={t("passwordChanged")} />
      <Button type="submit" disabled={pending}>{t("changePassword")}</Button>
    </form>
  );
}
