"use client";

import { useActionState, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field, inputClass, SelectField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { createOpportunityAction, updateOpportunityAction } from "@/lib/actions/opportunities";
import type { OpportunityFormOptions } from "@/lib/crm/opportunities/find-opportunities";
import { FORECAST_CATEGORIES, RATINGS, stageName } from "@/lib/domain/pipeline";

export type OpportunityFormValues = {
  accountId: string; contactId: string; name: string; amount: string; currencyCode: string; stageId: string; probability: string; expectedCloseDate: string;
  ownerId: string; source: string; campaign: string; rating: string; forecastCategory: string; competitors: string; nextStep: string; lostReason: string;
};

// amountFromLines: the opportunity has product lines, so their total is the amount (not editable here).
type Props = { opportunity?: { id: string } & OpportunityFormValues; accountId?: string; ownerId: string; options: OpportunityFormOptions; amountFromLines?: boolean };

/** Create or edit an opportunity; a new one can be pre-attached to an account (from its 360 page). */
export function OpportunityForm({ opportunity, accountId, ownerId, options, amountFromLines = false }: Props) {
  const t = useTranslations("pipeline");
  const locale = useLocale();
  const [state, action, pending] = useActionState(opportunity ? updateOpportunityAction : createOpportunityAction, null);
  const firstStage = options.stages.find((s) => s.active && s.kind === "open") ?? options.stages[0];
  const [values, setValues] = useState<OpportunityFormValues>(
    opportunity ?? {
      accountId: accountId ?? options.accounts[0]?.id ?? "", contactId: "", name: "", amount: "", currencyCode: options.baseCurrency, stageId: firstStage?.id ?? "",
      probability: "", expectedCloseDate: "", ownerId, source: "", campaign: "", rating: "warm", forecastCategory: "pipeline", competitors: "", nextStep: "", lostReason: "",
    },
  );
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const set = (key: keyof OpportunityFormValues) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) => setValues((v) => ({ ...v, [key]: e.target.value }));
  const contacts = options.accounts.find((a) => a.id === values.accountId)?.contacts ?? [];
  // Inactive stages stay selectable only for the opportunity already in them.
  const stages = options.stages.filter((s) => s.active || s.id === opportunity?.stageId);
  const isLost = options.stages.find((s) => s.id === values.stageId)?.kind === "lost";

  return (
    <form action={action} className="max-w-3xl space-y-4" data-testid={opportunity ? "opportunity-edit-form" : "opportunity-create-form"}>
      {opportunity && <input type="hidden" name="id" value={opportunity.id} />}
      <Field label={t("form.name")} name="name" value={values.name} onChange={set("name")} required maxLength={200} error={errors.name} autoComplete="off" />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          label={t("form.account")}
          name="accountId"
          value={values.accountId}
          onChange={(e) => setValues((v) => ({ ...v, accountId: e.target.value, contactId: "" }))}
          error={errors.accountId}
          options={options.accounts.map((a) => ({ value: a.id, label: a.name }))}
        />
        <SelectField label={t("form.contact")} name="contactId" value={values.contactId} onChange={set("contactId")} error={errors.contactId} options={[{ value: "", label: t("form.noContact") }, ...contacts.map((c) => ({ value: c.id, label: c.name }))]} />
      </div>
      <div className="grid gap-4 sm:grid-cols-3">
        <Field label={t("form.amount")} name="amount" value={values.amount} onChange={set("amount")} inputMode="decimal" maxLength={30} error={errors.amount} readOnly={amountFromLines} hint={amountFromLines ? t("form.amountFromLines") : undefined} />
        <SelectField label={t("form.currency")} name="currencyCode" value={values.currencyCode} onChange={set("currencyCode")} error={errors.currencyCode} options={options.currencies.map((c) => ({ value: c, label: c }))} />
        <Field label={t("form.expectedCloseDate")} name="expectedCloseDate" type="date" value={values.expectedCloseDate} onChange={set("expectedCloseDate")} error={errors.expectedCloseDate} />
      </div>
      <div className="grid gap-4 sm:grid-cols-3">
        <SelectField label={t("form.stage")} name="stageId" value={values.stageId} onChange={(e) => setValues((v) => ({ ...v, stageId: e.target.value, probability: "" }))} error={errors.stageId} options={stages.map((s) => ({ value: s.id, label: stageName(s, locale) }))} />
        <Field label={t("form.probability")} name="probability" value={values.probability} onChange={set("probability")} inputMode="decimal" maxLength={6} error={errors.probability} hint={t("form.probabilityHint")} />
        <SelectField label={t("form.owner")} name="ownerId" value={values.ownerId} onChange={set("ownerId")} error={errors.ownerId} options={options.owners.map((o) => ({ value: o.id, label: o.name }))} />
      </div>
      <div className="grid gap-4 sm:grid-cols-3">
        <SelectField label={t("form.rating")} name="rating" value={values.rating} onChange={set("rating")} error={errors.rating} options={RATINGS.map((r) => ({ value: r, label: t(`ratings.${r}`) }))} />
        <SelectField label={t("form.forecastCategory")} name="forecastCategory" value={values.forecastCategory} onChange={set("forecastCategory")} error={errors.forecastCategory} options={FORECAST_CATEGORIES.map((f) => ({ value: f, label: t(`forecast.${f}`) }))} />
        <Field label={t("form.source")} name="source" value={values.source} onChange={set("source")} maxLength={100} error={errors.source} />
      </div>
      <Field label={t("form.campaign")} name="campaign" value={values.campaign} onChange={set("campaign")} maxLength={100} error={errors.campaign} />
      <Field label={t("form.competitors")} name="competitors" value={values.competitors} onChange={set("competitors")} maxLength={500} error={errors.competitors} />
      <div>
        <label htmlFor="opportunity-next-step" className="mb-1 block text-sm font-medium text-slate-700 dark:text-slate-300">
          {t("form.nextStep")}
        </label>
        <textarea id="opportunity-next-step" name="nextStep" value={values.nextStep} onChange={set("nextStep")} maxLength={500} rows={2} className={inputClass} />
        {errors.nextStep && <p className="mt-1 text-xs text-red-600 dark:text-red-400">{errors.nextStep}</p>}
      </div>
      {(isLost || errors.lostReason) && <Field label={t("form.lostReason")} name="lostReason" value={values.lostReason} onChange={set("lostReason")} maxLength={500} error={errors.lostReason} hint={t("form.lostReasonHint")} />}
      <FormStatus state={state} />
      <Button type="submit" disabled={pending} data-testid="opportunity-submit">
        {opportunity ? t("form.save") : t("form.create")}
      </Button>
    </form>
  );
}
