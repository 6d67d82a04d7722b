"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field, SelectField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { createVatRateAction } from "@/lib/actions/taxes";
import { VAT_CATEGORIES } from "@/lib/validation/tax";

const EMPTY = { code: "", nameZh: "", nameEn: "", rate: "", categoryCode: "S" };

/** A new VAT rate with its EN 16931 category; the explanation of the chosen category shows below. */
export function VatRateCreateForm() {
  const t = useTranslations("pricing");
  const [state, action, pending] = useActionState(createVatRateAction, null);
  const [values, setValues] = useState(EMPTY);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const set = (key: keyof typeof EMPTY) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) => setValues((v) => ({ ...v, [key]: e.target.value }));
  const category = values.categoryCode as (typeof VAT_CATEGORIES)[number];

  const [seen, setSeen] = useState(state);
  if (state !== seen) {
    setSeen(state);
    if (state?.ok) setValues(EMPTY);
  }

  return (
    <form action={action} className="space-y-3" data-testid="vat-create-form">
      <div className="grid gap-3 sm:grid-cols-5">
        <Field label={t("taxes.form.code")} name="code" value={values.code} onChange={set("code")} required maxLength={20} autoCapitalize="characters" placeholder="VAT5" error={errors.code} />
        <Field label={t("taxes.form.nameZh")} name="nameZh" value={values.nameZh} onChange={set("nameZh")} required maxLength={50} error={errors.nameZh} />
        <Field label={t("taxes.form.nameEn")} name="nameEn" value={values.nameEn} onChange={set("nameEn")} required maxLength={50} error={errors.nameEn} />
        <Field label={t("taxes.form.rate")} name="rate" value={values.rate} onChange={set("rate")} required inputMode="decimal" maxLength={6} placeholder="13" error={errors.rate} />
        <SelectField
          label={t("taxes.form.category")}
          name="categoryCode"
          value={values.categoryCode}
          onChange={set("categoryCode")}
          error={errors.categoryCode}
          options={VAT_CATEGORIES.map((c) => ({ value: c, label: `${c} · ${t(`taxes.categoryNames.${c}`)}` }))}
        />
      </div>
      <p className="text-xs text-slate-500" data-testid="vat-category-help">{t(`taxes.categories.${category}`)}</p>
      <FormStatus state={state} />
      <Button type="submit" disabled={pending}>{t("taxes.form.add")}</Button>
    </form>
  );
}
