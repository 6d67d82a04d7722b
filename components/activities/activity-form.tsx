"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field, SelectField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { createActivityAction, updateActivityAction } from "@/lib/actions/activities";
import { ACTIVITY_TYPES, CALL_OUTCOMES, hasSpan, type ActivityType } from "@/lib/domain/activity";
import { REMIND_CHOICES } from "./activity-quick-form";
import { keepValuesOnSubmit } from "./keep-values-on-submit";

export type ActivityFormValues = {
  id?: string;
  type: ActivityType;
  subject: string;
  description: string;
  dueAt: string;
  endAt: string;
  allDay: boolean;
  durationMinutes: string;
  callOutcome: string;
  location: string;
  remindAt: string;
  ownerId: string;
  done: boolean;
  related: Record<"leadId" | "accountId" | "contactId" | "opportunityId" | "serviceCaseId", string>;
};

/** The full activity form (new and edit): fields follow the type; related records ride along hidden. */
export function ActivityForm({ values, owners }: { values: ActivityFormValues; owners: { id: string; name: string }[] }) {
  const t = useTranslations("activities");
  const [state, action, pending] = useActionState(values.id ? updateActivityAction : createActivityAction, null);
  const [type, setType] = useState<ActivityType>(values.type);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const span = hasSpan(type);
  const remindLabel = (m: string) => (m === "" ? t("noOutcome") : t("minutes", { count: Number(m) }));

  return (
    <form onSubmit={keepValuesOnSubmit(action)} className="space-y-4" data-testid="activity-form">
      {values.id && <input type="hidden" name="id" value={values.id} />}
      {Object.entries(values.related).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div className="grid gap-4 sm:grid-cols-3">
        <SelectField label={t("fields.type")} name="type" value={type} onChange={(e) => setType(e.target.value as ActivityType)} error={errors.type} options={ACTIVITY_TYPES.map((v) => ({ value: v, label: t(`types.${v}`) }))} />
        <Field className="sm:col-span-2" label={t("fields.subject")} name="subject" defaultValue={values.subject} required maxLength={200} error={errors.subject} />
      </div>
      <div className="grid gap-4 sm:grid-cols-3">
        <Field label={span ? t("fields.startAt") : t("fields.dueAt")} name="dueAt" type="datetime-local" defaultValue={values.dueAt} error={errors.dueAt} data-testid="activity-form-due" />
        {span && <Field label={t("fields.endAt")} name="endAt" type="datetime-local" defaultValue={values.endAt} error={errors.endAt} />}
        {(type === "call" || span) && <Field label={t("fields.durationMinutes")} name="durationMinutes" inputMode="numeric" maxLength={4} defaultValue={values.durationMinutes} error={errors.durationMinutes} />}
        {type === "call" && (
          <SelectField label={t("fields.callOutcome")} name="callOutcome" defaultValue={values.callOutcome} error={errors.callOutcome} options={[{ value: "", label: t("noOutcome") }, ...CALL_OUTCOMES.map((o) => ({ value: o, label: t(`outcomes.${o}`) }))]} />
        )}
        {span && <Field label={t("fields.location")} name="location" defaultValue={values.location} maxLength={200} error={errors.location} />}
      </div>
      <div className="grid gap-4 sm:grid-cols-3">
        <SelectField label={t("fields.remindMinutes")} name="remindMinutes" defaultValue="" error={errors.remindMinutes} options={REMIND_CHOICES.map((m) => ({ value: m, label: remindLabel(m) }))} />
        <Field label={t("fields.remindAt")} name="remindAt" type="datetime-local" defaultValue={values.remindAt} error={errors.remindAt} />
        {owners.length > 1 && <SelectField label={t("fields.owner")} name="ownerId" defaultValue={values.ownerId} error={errors.ownerId} options={owners.map((o) => ({ value: o.id, label: o.name }))} />}
        {owners.length <= 1 && <input type="hidden" name="ownerId" value={values.ownerId} />}
      </div>
      <div>
        <label htmlFor="activity-description" className="mb-1 block text-sm font-medium text-slate-700 dark:text-slate-300">
          {t("fields.description")}
        </label>
        <textarea id="activity-description" name="description" rows={4} maxLength={5000} defaultValue={values.description} className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm dark:border-slate-700 dark:bg-slate-900" />
        {errors.description && <p className="mt-1 text-xs text-red-600">{errors.description}</p>}
      </div>
      <div className="flex flex-wrap gap-4 text-sm">
        <label className="flex items-center gap-2">
          <input type="checkbox" name="allDay" defaultChecked={values.allDay} />
          {t("fields.allDay")}
        </label>
        <label className="flex items-center gap-2">
          <input type="checkbox" name="done" defaultChecked={values.done} data-testid="activity-form-done" />
          {t("fields.done")}
        </label>
      </div>
      {Object.entries(errors)
        .filter(([field]) => field.endsWith("Id") && field !== "ownerId")
        .map(([field, message]) => (
          <p key={field} className="text-xs text-red-600">
            {message}
          </p>
        ))}
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={pending} data-testid="activity-form-save">
          {values.id ? t("detail.save") : t("detail.create")}
        </Button>
        <FormStatus state={state} />
      </div>
    </form>
  );
}
