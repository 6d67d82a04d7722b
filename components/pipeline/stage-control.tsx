"use client";

import { useActionState, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field, SelectField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { changeOpportunityStageAction } from "@/lib/actions/opportunities";
import { stageName } from "@/lib/domain/pipeline";

type Stage = { id: string; nameZh: string; nameEn: string; kind: string; active: boolean };

/** Moves the opportunity to another active stage; choosing a lost stage asks for the reason. */
export function StageControl({ id, stageId, stages }: { id: string; stageId: string; stages: Stage[] }) {
  const t = useTranslations("pipeline");
  const locale = useLocale();
  const [state, action, pending] = useActionState(changeOpportunityStageAction, null);
  const [target, setTarget] = useState(stageId);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const isLost = stages.find((s) => s.id === target)?.kind === "lost";
  const options = stages.filter((s) => s.active || s.id === stageId);

  return (
    <form action={action} className="space-y-3" data-testid="stage-control">
      <input type="hidden" name="id" value={id} />
      <div className="flex flex-wrap items-end gap-3">
        <SelectField label={t("view.stageControl")} name="stageId" value={target} onChange={(e) => setTarget(e.target.value)} error={errors.stageId} options={options.map((s) => ({ value: s.id, label: stageName(s, locale) }))} />
        <Button type="submit" disabled={pending || target === stageId} data-testid="stage-move">
          {t("view.move")}
        </Button>
      </div>
      {isLost && <Field label={t("view.lostReasonPrompt")} name="lostReason" maxLength={500} required error={errors.lostReason} data-testid="stage-lost-reason" />}
      {!isLost && errors.lostReason && <p className="text-xs text-red-600">{errors.lostReason}</p>}
      <FormStatus state={state} />
    </form>
  );
}
