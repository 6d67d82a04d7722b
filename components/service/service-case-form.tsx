"use client";

import { useActionState, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field, inputClass, SelectField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { createServiceCaseAction, updateServiceCaseAction } from "@/lib/actions/service";
import { CASE_CATEGORIES, CASE_SEVERITIES } from "@/lib/domain/service-case";
import type { ServiceCaseFormOptions } from "@/lib/service/cases/find-service-cases";
import { caseProductLabel } from "./format";

export type ServiceCaseFormValues = {
  accountId: string; contactId: string; productId: string; productText: string; category: string; severity: string; subject: string; description: string; ownerId: string;
};

type Props = { serviceCase?: { id: string } & ServiceCaseFormValues; accountId?: string; ownerId: string; options: ServiceCaseFormOptions };

/** Open or edit a service case; a new one can be pre-attached to an account (from its page). */
export function ServiceCaseForm({ serviceCase, accountId, ownerId, options }: Props) {
  const t = useTranslations("service");
  const locale = useLocale();
  const [state, action, pending] = useActionState(serviceCase ? updateServiceCaseAction : createServiceCaseAction, null);
  const [values, setValues] = useState<ServiceCaseFormValues>(
    serviceCase ?? {
      accountId: accountId ?? options.accounts[0]?.id ?? "", contactId: "", productId: "", productText: "", category: "fault", severity: "medium", subject: "", description: "", ownerId,
    },
  );
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const set = (key: keyof ServiceCaseFormValues) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) => setValues((v) => ({ ...v, [key]: e.target.value }));
  const contacts = options.accounts.find((a) => a.id === values.accountId)?.contacts ?? [];

  return (
    <form action={action} className="max-w-3xl space-y-4" data-testid={serviceCase ? "service-case-edit-form" : "service-case-create-form"}>
      {serviceCase && <input type="hidden" name="id" value={serviceCase.id} />}
      <Field label={t("form.subject")} name="subject" value={values.subject} onChange={set("subject")} required maxLength={200} error={errors.subject} autoComplete="off" />
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
        <SelectField label={t("form.category")} name="category" value={values.category} onChange={set("category")} error={errors.category} options={CASE_CATEGORIES.map((c) => ({ value: c, label: t(`categories.${c}`) }))} />
        <SelectField label={t("form.severity")} name="severity" value={values.severity} onChange={set("severity")} error={errors.severity} options={CASE_SEVERITIES.map((s) => ({ value: s, label: t(`severities.${s}`) }))} />
        <SelectField label={t("form.owner")} name="ownerId" value={values.ownerId} onChange={set("ownerId")} error={errors.ownerId} options={options.owners.map((o) => ({ value: o.id, label: o.name }))} />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          label={t("form.product")}
          name="productId"
          value={values.productId}
          onChange={set("productId")}
          error={errors.productId}
          options={[{ value: "", label: t("form.noProduct") }, ...options.products.map((p) => ({ value: p.id, label: caseProductLabel(p, "", locale) }))]}
        />
        <Field label={t("form.productText")} name="productText" value={values.productText} onChange={set("productText")} maxLength={200} error={errors.productText} hint={t("form.productTextHint")} />
      </div>
      <div>
        <label htmlFor="service-case-description" className="mb-1 block text-sm font-medium text-slate-700 dark:text-slate-300">
          {t("form.description")}
        </label>
        <textarea id="service-case-description" name="description" value={values.description} onChange={set("description")} maxLength={5000} rows={5} className={inputClass} />
        {errors.description && <p className="mt-1 text-xs text-red-600 dark:text-red-400">{errors.description}</p>}
      </div>
      <FormStatus state={state} />
      <Button type="submit" disabled={pending} data-testid="service-case-submit">
        {serviceCase ? t("form.save") : t("form.create")}
      </Button>
    </form>
  );
}
