"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { createCurrencyAction } from "@/lib/actions/currencies";

/** Adds an ISO 4217 currency beyond the default ones (decimals come from ISO data). */
export function CurrencyCreateForm() {
  const t = useTranslations("pricing");
  const [state, action, pending] = useActionState(createCurrencyAction, null);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  return (
    <form action={action} className="space-y-3" data-testid="currency-create-form">
      <div className="grid gap-3 sm:grid-cols-3">
        <Field label={t("currencies.form.code")} name="code" required maxLength={3} autoCapitalize="characters" placeholder="SGD" error={errors.code} />
        <Field label={t("currencies.form.nameZh")} name="nameZh" required maxLength={50} error={errors.nameZh} />
        <Field label={t("currencies.form.nameEn")} name="nameEn" required maxLength={50} error={errors.nameEn} />
      </div>
      <FormStatus state={state} />
      <Button type="submit" variant="secondary" disabled={pending}>
        {t("currencies.form.add")}
      </Button>
    </form>
  );
}
