"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field, SelectField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { logActivityAction } from "@/lib/actions/activities";
import { CALL_OUTCOMES } from "@/lib/domain/activity";
import { cn } from "@/components/ui/cn";
import { keepValuesOnSubmit } from "./keep-values-on-submit";

type Mode = "call" | "task" | "note";
export const REMIND_CHOICES = ["", "0", "5", "15", "30", "60", "120", "1440"] as const;

/**
 * The panel's quick entry: log a call (done, with outcome and duration), plan a task (due time,
 * reminder) or jot a note, all about the record the panel sits on.
 */
export function ActivityQuickForm({ relatedField, relatedId, nowLocal }: { relatedField: string; relatedId: string; nowLocal: string }) {
  const t = useTranslations("activities");
  const [mode, setMode] = useState<Mode>("call");
  const [state, action, pending] = useActionState(logActivityAction, null);
  const [formKey, setFormKey] = useState(0);
  const [lastState, setLastState] = useState(state);
  // After a successful save the fields start empty again (a fresh form element).
  if (state !== lastState) {
    setLastState(state);
    if (state?.ok) setFormKey((k) => k + 1);
  }
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const tabs: { mode: Mode; label: string }[] = [
    { mode: "call", label: t("panel.logCall") },
    { mode: "task", label: t("panel.newTask") },
    { mode: "note", label: t("panel.note") },
  ];
  const remindLabel = (m: string) => (m === "" ? t("noOutcome") : t("minutes", { count: Number(m) }));

  return (
    <div className="space-y-3">
      <div role="tablist" className="flex gap-1 rounded-md bg-slate-100 p-1 text-sm dark:bg-slate-800">
        {tabs.map((tab) => (
          <button
            key={tab.mode}
            type="button"
            role="tab"
            aria-selected={mode === tab.mode}
            data-testid={`activity-quick-${tab.mode}`}
            onClick={() => setMode(tab.mode)}
            className={cn("flex-1 rounded px-2 py-1", mode === tab.mode ? "bg-white font-medium shadow-sm dark:bg-slate-900" : "text-slate-600 dark:text-slate-300")}
          >
            {tab.label}
          </button>
        ))}
      </div>
      <form key={`${mode}-${formKey}`} onSubmit={keepValuesOnSubmit(action)} className="space-y-3" data-testid="activity-quick-form">
        <input type="hidden" name={relatedField} value={relatedId} />
        <input type="hidden" name="type" value={mode} />
        {mode !== "task" && <input type="hidden" name="done" value="on" />}
        <Field label={t("fields.subject")} name="subject" required maxLength={200} error={errors.subject} data-testid="activity-subject" />
        {mode === "call" && (
          <div className="grid gap-3 sm:grid-cols-3">
            <Field label={t("fields.callAt")} name="dueAt" type="datetime-local" defaultValue={nowLocal} error={errors.dueAt} />
            <Field label={t("fields.durationMinutes")} name="durationMinutes" inputMode="numeric" maxLength={4} error={errors.durationMinutes} data-testid="activity-duration" />
            <SelectField
              label={t("fields.callOutcome")}
              name="callOutcome"
              defaultValue="connected"
              error={errors.callOutcome}
              data-testid="activity-outcome"
              options={CALL_OUTCOMES.map((o) => ({ value: o, label: t(`outcomes.${o}`) }))}
            />
          </div>
        )}
        {mode === "task" && (
          <div className="grid gap-3 sm:grid-cols-2">
            <Field label={t("fields.dueAt")} name="dueAt" type="datetime-local" error={errors.dueAt} data-testid="activity-due" />
            <SelectField label={t("fields.remindMinutes")} name="remindMinutes" defaultValue="" error={errors.remindMinutes} options={REMIND_CHOICES.map((m) => ({ value: m, label: remindLabel(m) }))} />
          </div>
        )}
        <div>
          <label className="mb-1 block text-sm font-medium text-slate-700 dark:text-slate-300" htmlFor={`desc-${mode}`}>
            {t("fields.description")}
          </label>
          <textarea id={`desc-${mode}`} name="description" rows={2} maxLength={5000} className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm dark:border-slate-700 dark:bg-slate-900" />
          {errors.description && <p className="mt-1 text-xs text-red-600">{errors.description}</p>}
        </div>
        <div className="flex items-center gap-3">
          <Button type="submit" disabled={pending} data-testid="activity-quick-save">
            {t("panel.save")}
          </Button>
          <FormStatus state={state} />
        </div>
      </form>
    </div>
  );
}
