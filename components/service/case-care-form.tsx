"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field, SelectField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { updateServiceCaseCareAction } from "@/lib/actions/service";

/** Customer care (客户关怀) on a finished case: satisfaction and the next follow-up day. */
export function CaseCareForm({ id, satisfaction, followUpDate, enabled }: { id: string; satisfaction: number | null; followUpDate: string; enabled: boolean }) {
  const t = useTranslations("service");
  const [state, action, pending] = useActionState(updateServiceCaseCareAction, null);
  // Controlled, so a refused save keeps what was entered (React resets uncontrolled fields).
  const [values, setValues] = useState({ satisfaction: satisfaction === null ? "" : String(satisfaction), followUpDate });
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  return (
    <form action={action} className="space-y-3" data-testid="case-care-form">
      <input type="hidden" name="id" value={id} />
      <h2 className="text-sm font-semibold">{t("view.care")}</h2>
      <p className="text-xs text-slate-500">{enabled ? t("view.careHint") : t("view.careLocked")}</p>
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField
          label={t("view.satisfaction")}
          name="satisfaction"
          value={values.satisfaction}
          onChange={(e) => setValues((v) => ({ ...v, satisfaction: e.target.value }))}
          error={errors.satisfaction}
          disabled={!enabled}
          options={[{ value: "", label: t("view.noSatisfaction") }, ...["5", "4", "3", "2", "1"].map((v) => ({ value: v, label: t("view.stars", { value: v }) }))]}
        />
        <Field label={t("view.followUpDate")} name="followUpDate" type="date" value={values.followUpDate} onChange={(e) => setValues((v) => ({ ...v, followUpDate: e.target.value }))} error={errors.followUpDate} disabled={!enabled} />
      </div>
      <FormStatus state={state} />
      <Button type="submit" variant="secondary" disabled={pending || !enabled} data-testid="case-care-save">
        {t("view.saveCare")}
      </Button>
    </form>
  );
}
