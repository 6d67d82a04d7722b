"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field, inputClass, SelectField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { DuplicateWarning, useDuplicateCheck } from "@/components/quality/duplicate-warning";
import { createLeadAction, updateLeadAction } from "@/lib/actions/leads";
import { REGIONS } from "@/lib/domain/crm";
import { LEAD_RATINGS, LEAD_SOURCES } from "@/lib/domain/leads";

export type LeadFormValues = {
  personName: string;
  company: string;
  title: string;
  email: string;
  phone: string;
  region: string;
  province: string;
  city: string;
  industry: string;
  source: string;
  campaign: string;
  ownerId: string;
  rating: string;
  score: string;
  notes: string;
};

type Props = {
  /** Absent for a new lead. */
  lead?: { id: string } & LeadFormValues;
  defaultOwnerId: string;
  owners: { id: string; name: string }[];
  /** Managers and admins may leave the owner to the assignment rules. */
  allowRules: boolean;
};

const EMPTY: LeadFormValues = { personName: "", company: "", title: "", email: "", phone: "", region: "", province: "", city: "", industry: "", source: "other", campaign: "", ownerId: "", rating: "warm", score: "", notes: "" };

/** Create or edit a lead. Inputs are controlled so a failed save keeps what was typed. */
export function LeadForm({ lead, defaultOwnerId, owners, allowRules }: Props) {
  const t = useTranslations("leads");
  const tc = useTranslations("crm");
  const [state, action, pending] = useActionState(lead ? updateLeadAction : createLeadAction, null);
  const [values, setValues] = useState<LeadFormValues>(lead ?? { ...EMPTY, ownerId: defaultOwnerId });
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const set = (key: keyof LeadFormValues) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) => setValues((v) => ({ ...v, [key]: e.target.value }));
  const f = (key: string) => t(`form.${key}` as "form.personName");
  const ownerOptions = [...(allowRules && !lead ? [{ value: "", label: f("ownerByRules") }] : []), ...owners.map((o) => ({ value: o.id, label: o.name }))];

  const duplicates = useDuplicateCheck();
  // Person, company, email and phone identify a lead: check them as they are left.
  const onBlur = (e: React.FocusEvent<HTMLFormElement>) => {
    const name = e.target.getAttribute("name") ?? "";
    if (!["personName", "company", "email", "phone"].includes(name) || !(values.company.trim() || values.email.trim() || values.phone.trim())) return;
    const { personName, company, email, phone } = values;
    duplicates.check({ type: "lead", personName, company, email, phone, excludeId: lead?.id ?? "" });
  };

  return (
    <form action={action} onBlur={onBlur} className="max-w-3xl space-y-4" data-testid={lead ? "lead-edit-form" : "lead-create-form"}>
      {lead && <input type="hidden" name="id" value={lead.id} />}
      <div className="grid gap-4 sm:grid-cols-3">
        <Field label={f("personName")} name="personName" value={values.personName} onChange={set("personName")} required maxLength={100} error={errors.personName} autoComplete="off" />
        <Field label={f("company")} name="company" value={values.company} onChange={set("company")} maxLength={200} error={errors.company} autoComplete="off" />
        <Field label={f("title")} name="title" value={values.title} onChange={set("title")} maxLength={100} error={errors.title} />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={f("email")} name="email" type="email" value={values.email} onChange={set("email")} maxLength={320} error={errors.email} autoComplete="off" />
        <Field label={f("phone")} name="phone" value={values.phone} onChange={set("phone")} maxLength={50} error={errors.phone} autoComplete="off" />
      </div>
      <div className="grid gap-4 sm:grid-cols-4">
        <SelectField label={f("region")} name="region" value={values.region} onChange={set("region")} error={errors.region} options={[{ value: "", label: f("noRegion") }, ...REGIONS.map((v) => ({ value: v, label: tc(`regions.${v}`) }))]} />
        <Field label={f("province")} name="province" value={values.province} onChange={set("province")} maxLength={50} error={errors.province} />
        <Field label={f("city")} name="city" value={values.city} onChange={set("city")} maxLength={50} error={errors.city} />
        <Field label={f("industry")} name="industry" value={values.industry} onChange={set("industry")} maxLength={100} error={errors.industry} />
      </div>
      <div className="grid gap-4 sm:grid-cols-4">
        <SelectField label={f("source")} name="source" value={values.source} onChange={set("source")} error={errors.source} options={LEAD_SOURCES.map((v) => ({ value: v, label: t(`sources.${v}`) }))} />
        <Field label={f("campaign")} name="campaign" value={values.campaign} onChange={set("campaign")} maxLength={100} error={errors.campaign} />
        <SelectField label={f("rating")} name="rating" value={values.rating} onChange={set("rating")} error={errors.rating} options={LEAD_RATINGS.map((v) => ({ value: v, label: t(`ratings.${v}`) }))} />
        <Field label={f("score")} name="score" inputMode="numeric" value={values.score} onChange={set("score")} hint={f("scoreHint")} error={errors.score} />
      </div>
      <SelectField label={f("owner")} name="ownerId" value={values.ownerId} onChange={set("ownerId")} error={errors.ownerId} options={ownerOptions} className="sm:max-w-xs" />
      <div>
        <label htmlFor="lead-notes" className="mb-1 block text-sm font-medium text-slate-700 dark:text-slate-300">
          {f("notes")}
        </label>
        <textarea id="lead-notes" name="notes" value={values.notes} onChange={set("notes")} maxLength={4000} rows={4} className={inputClass} />
        {errors.notes && <p className="mt-1 text-xs text-red-600 dark:text-red-400">{errors.notes}</p>}
      </div>
      <DuplicateWarning found={duplicates.found} />
      <FormStatus state={state} />
      <Button type="submit" disabled={pending} data-testid="lead-submit">
        {lead ? f("save") : f("create")}
      </Button>
    </form>
  );
}
