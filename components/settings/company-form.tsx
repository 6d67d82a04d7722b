"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { TriangleAlert } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { updateCompanyAction } from "@/lib/actions/company";

type Values = { name: string; address: string; taxId: string; phone: string; email: string; baseCurrency: string; defaultVatRate: string };

/** The company's details. Inputs are controlled so a failed save keeps what was typed. */
export function CompanyForm({ initial }: { initial: Values }) {
  const t = useTranslations("company");
  const [state, action, pending] = useActionState(updateCompanyAction, null);
  const [values, setValues] = useState(initial);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const field = (key: keyof Values) => ({
    name: key,
    value: values[key],
    error: errors[key],
    onChange: (e: React.ChangeEvent<HTMLInputElement>) => setValues((v) => ({ ...v, [key]: e.target.value })),
  });

  return (
    <form action={action} className="space-y-4" data-testid="company-form">
      <Field label={t("name")} required maxLength={200} {...field("name")} />
      <Field label={t("address")} maxLength={500} {...field("address")} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t("taxId")} maxLength={50} {...field("taxId")} />
        <Field label={t("phone")} type="tel" maxLength={50} {...field("phone")} />
      </div>
      <Field label={t("email")} type="email" maxLength={320} {...field("email")} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t("baseCurrency")} required maxLength={3} autoCapitalize="characters" hint={t("baseCurrencyHint")} {...field("baseCurrency")} />
        <Field label={t("defaultVatRate")} required inputMode="decimal" maxLength={6} hint={t("defaultVatRateHint")} {...field("defaultVatRate")} />
      </div>
      <p className="flex gap-2 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-800 dark:bg-amber-950 dark:text-amber-300" data-testid="base-currency-warning">
        <TriangleAlert className="mt-0.5 h-4 w-4 shrink-0" aria-hidden />
        {t("baseCurrencyWarning")}
      </p>
      <FormStatus state={state} success={t("saved")} />
      <Button type="submit" disabled={pending}>{t("save")}</Button>
    </form>
  );
}
