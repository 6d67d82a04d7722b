"use client";

import { useActionState, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field, SelectField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { saveExchangeRateAction } from "@/lib/actions/currencies";

type Props = {
  /** Currencies a rate may be entered for (never the base currency). */
  currencies: { code: string; nameZh: string; nameEn: string }[];
  baseCurrency: string;
  today: string;
  /** Fixed currency (its own rates page); otherwise a select. */
  currency?: string;
};

/** One dated rate: 1 unit of the currency = rate units of the base currency. */
export function ExchangeRateForm({ currencies, baseCurrency, today, currency }: Props) {
  const t = useTranslations("pricing");
  const locale = useLocale();
  const [state, action, pending] = useActionState(saveExchangeRateAction, null);
  const [values, setValues] = useState({ currencyCode: currency ?? currencies[0]?.code ?? "", rateDate: today, rate: "" });
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const set = (key: keyof typeof values) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) => setValues((v) => ({ ...v, [key]: e.target.value }));

  return (
    <form action={action} className="space-y-3" data-testid="rate-form">
      <div className="grid gap-3 sm:grid-cols-3">
        {currency ? (
          <input type="hidden" name="currencyCode" value={currency} />
        ) : (
          <SelectField
            label={t("rates.form.currency")}
            name="currencyCode"
            value={values.currencyCode}
            onChange={set("currencyCode")}
            error={errors.currencyCode}
            options={currencies.map((c) => ({ value: c.code, label: `${c.code} · ${locale === "en" ? c.nameEn : c.nameZh}` }))}
          />
        )}
        <Field label={t("rates.form.date")} name="rateDate" type="date" value={values.rateDate} onChange={set("rateDate")} required error={errors.rateDate} />
        <Field
          label={t("rates.form.rate", { from: values.currencyCode || "?", to: baseCurrency })}
          name="rate"
          value={values.rate}
          onChange={set("rate")}
          inputMode="decimal"
          required
          maxLength={24}
          placeholder="7.1234"
          error={errors.rate}
        />
      </div>
      <p className="text-xs text-slate-500">{t("rates.form.hint")}</p>
      <FormStatus state={state} />
      <Button type="submit" disabled={pending || !values.currencyCode} data-testid="rate-submit">
        {t("rates.form.save")}
      </Button>
    </form>
  );
}
