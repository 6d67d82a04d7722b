"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { removeCompanyLogoAction, uploadCompanyLogoAction } from "@/lib/actions/company";

/** Upload or remove the logo; the server checks the file's real type and size. */
export function LogoForm({ hasLogo }: { hasLogo: boolean }) {
  const t = useTranslations("company");
  const [state, action, pending] = useActionState(uploadCompanyLogoAction, null);
  const [removeState, removeAction, removing] = useActionState(removeCompanyLogoAction, null);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};

  return (
    <div className="space-y-3">
      <form action={action} className="space-y-3" data-testid="logo-form">
        <Field
          label={t("logoFile")}
          name="logo"
          type="file"
          required
          accept="image/png,image/jpeg,image/webp,image/svg+xml,.png,.jpg,.jpeg,.webp,.svg"
          hint={t("logoHint")}
          error={errors.logo}
        />
        <FormStatus state={state} success={t("uploaded")} />
        <Button type="submit" variant="secondary" disabled={pending}>{t("upload")}</Button>
      </form>
      {hasLogo && (
        <form action={removeAction} className="space-y-3">
          <FormStatus state={removeState} success={t("removed")} />
          <Button type="submit" variant="ghost" disabled={removing}>{t("removeLogo")}</Button>
        </form>
      )}
    </div>
  );
}
