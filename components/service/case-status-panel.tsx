"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field, inputClass, SelectField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { changeServiceCaseStatusAction } from "@/lib/actions/service";
import { nextStatuses, ROOT_CAUSES } from "@/lib/domain/service-case";

type Props = { id: string; status: string; category: string; resolution: string; rootCause: string };

/**
 * The case's workflow: a button per simple move (start, close), the resolve form (resolution,
 * root cause for faults) and the reopen form (reason). The server applies the same rules.
 */
export function CaseStatusPanel({ id, status, category, resolution, rootCause }: Props) {
  const t = useTranslations("service");
  const [state, action, pending] = useActionState(changeServiceCaseStatusAction, null);
  // Controlled: React resets uncontrolled fields after every submit, and a refused resolve must keep the text.
  const [values, setValues] = useState({ resolution, rootCause, reason: "" });
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const next = nextStatuses(status);
  const canResolve = next.includes("resolved");
  const canReopen = (status === "resolved" || status === "closed") && next.includes("in_progress");

  return (
    <div className="space-y-4" data-testid="case-status-panel">
      <h2 className="text-sm font-semibold">{t("view.workflow")}</h2>
      {(next.includes("in_progress") && !canReopen) || next.includes("closed") ? (
        <form action={action} className="flex flex-wrap gap-2">
          <input type="hidden" name="id" value={id} />
          {next.includes("in_progress") && !canReopen && (
            <Button type="submit" name="status" value="in_progress" disabled={pending} data-testid="case-start">
              {t("view.start")}
            </Button>
          )}
          {next.includes("closed") && (
            <Button type="submit" name="status" value="closed" variant="secondary" disabled={pending} data-testid="case-close">
              {t("view.close")}
            </Button>
          )}
        </form>
      ) : null}
      {canResolve && (
        <form action={action} className="space-y-3 border-t border-slate-200 pt-3 dark:border-slate-800" data-testid="case-resolve-form">
          <input type="hidden" name="id" value={id} />
          <input type="hidden" name="status" value="resolved" />
          <h3 className="text-sm font-medium">{t("view.resolveTitle")}</h3>
          <div>
            <label htmlFor="case-resolution" className="mb-1 block text-sm font-medium text-slate-700 dark:text-slate-300">
              {t("view.resolution")}
            </label>
            <textarea id="case-resolution" name="resolution" value={values.resolution} onChange={(e) => setValues((v) => ({ ...v, resolution: e.target.value }))} maxLength={5000} rows={3} className={inputClass} aria-invalid={errors.resolution ? true : undefined} />
            {errors.resolution && <p className="mt-1 text-xs text-red-600 dark:text-red-400">{errors.resolution}</p>}
          </div>
          <SelectField
            label={t("view.rootCause")}
            name="rootCause"
            value={values.rootCause}
            onChange={(e) => setValues((v) => ({ ...v, rootCause: e.target.value }))}
            error={errors.rootCause}
            options={[{ value: "", label: t("view.noRootCause") }, ...ROOT_CAUSES.map((r) => ({ value: r, label: t(`rootCauses.${r}`) }))]}
            data-testid="case-root-cause"
          />
          {category === "fault" && !errors.rootCause && <p className="text-xs text-slate-500">{t("view.rootCauseRequired")}</p>}
          <Button type="submit" disabled={pending} data-testid="case-resolve">
            {t("view.resolve")}
          </Button>
        </form>
      )}
      {canReopen && (
        <form action={action} className="space-y-3 border-t border-slate-200 pt-3 dark:border-slate-800" data-testid="case-reopen-form">
          <input type="hidden" name="id" value={id} />
          <input type="hidden" name="status" value="in_progress" />
          <Field label={t("view.reopenReason")} name="reason" value={values.reason} onChange={(e) => setValues((v) => ({ ...v, reason: e.target.value }))} maxLength={500} required error={errors.reason} data-testid="case-reopen-reason" />
          <Button type="submit" variant="secondary" disabled={pending} data-testid="case-reopen">
            {t("view.reopen")}
          </Button>
        </form>
      )}
      {errors.status && <p className="text-xs text-red-600 dark:text-red-400">{errors.status}</p>}
      <FormStatus state={state} />
    </div>
  );
}
