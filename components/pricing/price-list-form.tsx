"use client";

import { useActionState, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field, SelectField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { createPriceListAction, updatePriceListAction } from "@/lib/actions/pricing";
import type { ActionState } from "@/lib/auth/door";

export type PriceListFormValues = {
  name: string;
  currencyCode: string;
  taxInclusive: boolean;
  validFrom: string;
  validTo: string;
  isDefault: boolean;
  isPublic: boolean;
  active: boolean;
};

type Props = {
  /** Absent for a new list. */
  list?: { id: string; isDefault: boolean; hasItems: boolean } & PriceListFormValues;
  currencies: { code: string; nameZh: string; nameEn: string }[];
  baseCurrency: string;
};

type Flag = "taxInclusive" | "isDefault" | "isPublic" | "active";

/** Create or edit a price list's header. Controlled inputs keep what was typed after an error. */
export function PriceListForm({ list, currencies, baseCurrency }: Props) {
  const t = useTranslations("pricing");
  const locale = useLocale();
  // Both actions answer with the same state shape as far as this form reads it.
  const save = (list ? updatePriceListAction : createPriceListAction) as (prev: ActionState<unknown>, form: FormData) => Promise<ActionState<unknown>>;
  const [state, action, pending] = useActionState(save, null);
  const [values, setValues] = useState<PriceListFormValues>(
    list ?? { name: "", currencyCode: baseCurrency, taxInclusive: false, validFrom: "", validTo: "", isDefault: false, isPublic: false, active: true },
  );
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const set = (key: keyof PriceListFormValues) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) => setValues((v) => ({ ...v, [key]: e.target.value }));
  const flag = (key: Flag, label: string, hint: string, disabled = false) => (
    <div>
      <label className="flex items-center gap-2 text-sm font-medium text-slate-700 dark:text-slate-300">
        <input type="checkbox" name={key} checked={values[key]} disabled={disabled} onChange={(e) => setValues((v) => ({ ...v, [key]: e.target.checked }))} data-testid={`price-list-${key}`} />
        {label}
      </label>
      {/* A disabled checkbox is not submitted: keep its value in a hidden field. */}
      {disabled && values[key] && <input type="hidden" name={key} value="on" />}
      {errors[key] ? <p className="mt-1 text-xs text-red-600 dark:text-red-400">{errors[key]}</p> : <p className="mt-1 text-xs text-slate-500">{hint}</p>}
    </div>
  );
  const options = currencies.map((c) => ({ value: c.code, label: `${c.code} · ${locale === "en" ? c.nameEn : c.nameZh}` }));

  return (
    <form action={action} className="max-w-2xl space-y-4" data-testid={list ? "price-list-edit-form" : "price-list-create-form"}>
      {list && <input type="hidden" name="id" value={list.id} />}
      <Field label={t("lists.form.name")} name="name" value={values.name} onChange={set("name")} required maxLength={100} error={errors.name} autoComplete="off" />
      <div className="grid gap-4 sm:grid-cols-3">
        <SelectField
          label={t("lists.form.currency")}
          name="currencyCode"
          value={values.currencyCode}
          onChange={set("currencyCode")}
          error={errors.currencyCode}
          options={options}
          disabled={list?.hasItems}
        />
        {list?.hasItems && <input type="hidden" name="currencyCode" value={values.currencyCode} />}
        <Field label={t("lists.form.validFrom")} name="validFrom" type="date" value={values.validFrom} onChange={set("validFrom")} error={errors.validFrom} />
        <Field label={t("lists.form.validTo")} name="validTo" type="date" value={values.validTo} onChange={set("validTo")} error={errors.validTo} />
      </div>
      <p className="text-xs text-slate-500">{list?.hasItems ? t("lists.form.currencyLockedHint") : t("lists.form.validityHint")}</p>
      <div className="grid gap-4 sm:grid-cols-2">
        {flag("taxInclusive", t("lists.form.taxInclusive"), t("lists.form.taxInclusiveHint"))}
        {flag("isDefault", t("lists.form.isDefault"), list?.isDefault ? t("lists.form.isDefaultLockedHint") : t("lists.form.isDefaultHint"), list?.isDefault)}
        {flag("isPublic", t("lists.form.isPublic"), t("lists.form.isPublicHint"))}
        {flag("active", t("lists.form.active"), t("lists.form.activeHint"))}
      </div>
      <FormStatus state={state} />
      <Button type="submit" disabled={pending} data-testid="price-list-submit">
        {list ? t("lists.form.save") : t("lists.form.create")}
      </Button>
    </form>
  );
}
