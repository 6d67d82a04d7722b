"use client";

import { useActionState, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field, SelectField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { convertLeadAction } from "@/lib/actions/leads";
import { ACCOUNT_TYPES } from "@/lib/domain/crm";
import { stageName } from "@/lib/domain/pipeline";

type Props = {
  lead: { id: string; personName: string; company: string };
  accounts: { id: string; name: string }[];
  currencies: string[];
  baseCurrency: string;
  stages: { id: string; nameZh: string; nameEn: string }[];
};

/** Convert a qualified lead: a new or existing account, the contact, and optionally an opportunity. */
export function LeadConvertForm({ lead, accounts, currencies, baseCurrency, stages }: Props) {
  const t = useTranslations("leads");
  const tc = useTranslations("crm");
  const locale = useLocale();
  const [state, action, pending] = useActionState(convertLeadAction, null);
  const [mode, setMode] = useState<"new" | "existing">("new");
  const [withOpportunity, setWithOpportunity] = useState(true);
  // Controlled, so a refused conversion keeps what was typed (React resets uncontrolled forms).
  const [values, setValues] = useState({
    accountName: lead.company,
    accountType: "customer",
    accountId: "",
    contactName: lead.personName,
    opportunityName: lead.company || lead.personName,
    stageId: stages[0]?.id ?? "",
    amount: "",
    currencyCode: baseCurrency,
    expectedCloseDate: "",
  });
  const set = (key: keyof typeof values) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) => setValues((v) => ({ ...v, [key]: e.target.value }));
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const c = (key: string) => t(`convert.${key}` as "convert.account");
  const legend = "text-sm font-semibold text-slate-800 dark:text-slate-200";

  return (
    <form action={action} className="max-w-3xl space-y-6" data-testid="lead-convert-form">
      <input type="hidden" name="id" value={lead.id} />
      <fieldset className="space-y-3">
        <legend className={legend}>{c("account")}</legend>
        <div className="flex flex-wrap gap-4 text-sm">
          {(["new", "existing"] as const).map((m) => (
            <label key={m} className="flex items-center gap-2">
              <input type="radio" name="accountMode" value={m} checked={mode === m} onChange={() => setMode(m)} data-testid={`convert-mode-${m}`} />
              {m === "new" ? c("accountModeNew") : c("accountModeExisting")}
            </label>
          ))}
        </div>
        {mode === "new" ? (
          <div className="grid gap-4 sm:grid-cols-2">
            <Field label={c("accountName")} name="accountName" value={values.accountName} onChange={set("accountName")} maxLength={200} hint={c("accountNameHint")} error={errors.accountName} data-testid="convert-account-name" />
            <SelectField label={c("accountType")} name="accountType" value={values.accountType} onChange={set("accountType")} error={errors.accountType} options={ACCOUNT_TYPES.map((v) => ({ value: v, label: tc(`types.${v}`) }))} />
          </div>
        ) : (
          <SelectField
            label={c("existingAccount")}
            name="accountId"
            value={values.accountId}
            onChange={set("accountId")}
            error={errors.accountId}
            options={[{ value: "", label: c("chooseAccount") }, ...accounts.map((a) => ({ value: a.id, label: a.name }))]}
            data-testid="convert-account-id"
          />
        )}
      </fieldset>
      <fieldset className="space-y-3">
        <legend className={legend}>{c("contact")}</legend>
        <Field label={c("contactName")} name="contactName" value={values.contactName} onChange={set("contactName")} maxLength={100} hint={c("contactNameHint")} error={errors.contactName} className="sm:max-w-sm" />
      </fieldset>
      <fieldset className="space-y-3">
        <legend className={legend}>{c("opportunity")}</legend>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="createOpportunity" checked={withOpportunity} onChange={(e) => setWithOpportunity(e.target.checked)} data-testid="convert-create-opportunity" />
          {c("createOpportunity")}
        </label>
        {withOpportunity && (
          <div className="grid gap-4 sm:grid-cols-2">
            <Field label={c("opportunityName")} name="opportunityName" value={values.opportunityName} onChange={set("opportunityName")} maxLength={200} required error={errors.opportunityName} data-testid="convert-opportunity-name" />
            <SelectField label={c("stage")} name="stageId" value={values.stageId} onChange={set("stageId")} error={errors.stageId} options={stages.map((s) => ({ value: s.id, label: stageName(s, locale) }))} />
            <div className="grid grid-cols-3 gap-2">
              <Field label={c("amount")} name="amount" value={values.amount} onChange={set("amount")} inputMode="decimal" maxLength={30} error={errors.amount} className="col-span-2" data-testid="convert-amount" />
              <SelectField label={c("currency")} name="currencyCode" value={values.currencyCode} onChange={set("currencyCode")} error={errors.currencyCode} options={currencies.map((code) => ({ value: code, label: code }))} />
            </div>
            <Field label={c("closeDate")} name="expectedCloseDate" type="date" value={values.expectedCloseDate} onChange={set("expectedCloseDate")} error={errors.expectedCloseDate} />
          </div>
        )}
      </fieldset>
      {Object.entries(errors)
        .filter(([field]) => !["accountName", "accountType", "accountId", "contactName", "opportunityName", "stageId", "amount", "currencyCode", "expectedCloseDate"].includes(field))
        .map(([field, message]) => (
          <p key={field} className="text-xs text-red-600 dark:text-red-400">
            {message}
          </p>
        ))}
      <FormStatus state={state} />
      <Button type="submit" disabled={pending} data-testid="convert-submit">
        {c("submit")}
      </Button>
    </form>
  );
}
