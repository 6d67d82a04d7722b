"use client";

import { useActionState, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { ArrowDown, ArrowUp, Trash2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { deletePipelineStageAction, movePipelineStageAction, updatePipelineStageAction } from "@/lib/actions/pipeline-stages";
import { basisPointsToPercent } from "@/lib/domain/basis-points";
import { parseRequiredFields, REQUIRABLE_FIELDS, type StageKind } from "@/lib/domain/pipeline";

type Stage = { id: string; nameZh: string; nameEn: string; defaultProbabilityBp: number; requiredFields: string; kind: string; active: boolean };

/** One editable stage: names, probability, required fields, active; reorder and delete buttons. */
export function StageAdminRow({ stage, first, last }: { stage: Stage; first: boolean; last: boolean }) {
  const t = useTranslations("pipeline");
  const router = useRouter();
  const [state, action, saving] = useActionState(updatePipelineStageAction, null);
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const required = parseRequiredFields(stage.requiredFields);

  const run = (work: () => Promise<{ ok: boolean; error?: string } | null>) =>
    startTransition(async () => {
      const result = await work();
      setError(result && !result.ok ? (result.error ?? null) : null);
      router.refresh();
    });

  return (
    <li className="rounded-lg border border-slate-200 p-3 dark:border-slate-800" data-testid={`stage-row-${stage.id}`}>
      <form action={action} className="grid gap-3 sm:grid-cols-[1fr_1fr_8rem_auto] sm:items-end">
        <input type="hidden" name="id" value={stage.id} />
        <Field label={t("stages.nameZh")} name="nameZh" defaultValue={stage.nameZh} required maxLength={50} error={errors.nameZh} />
        <Field label={t("stages.nameEn")} name="nameEn" defaultValue={stage.nameEn} required maxLength={50} error={errors.nameEn} />
        <Field label={t("stages.probability")} name="probability" defaultValue={basisPointsToPercent(stage.defaultProbabilityBp)} inputMode="decimal" maxLength={6} error={errors.probability} />
        <div className="flex items-center gap-2 pb-2 text-sm">
          <span className="text-slate-500">{t(`stages.kinds.${stage.kind as StageKind}`)}</span>
          <label className="flex items-center gap-1">
            <input type="checkbox" name="active" defaultChecked={stage.active} />
            {t("stages.active")}
          </label>
        </div>
        <fieldset className="sm:col-span-4">
          <legend className="mb-1 text-xs text-slate-500">{t("stages.requiredFields")}</legend>
          <div className="flex flex-wrap gap-3 text-sm">
            {REQUIRABLE_FIELDS.map((f) => (
              <label key={f} className="flex items-center gap-1">
                <input type="checkbox" name="requiredFields" value={f} defaultChecked={required.includes(f)} />
                {t(`stages.fields.${f}`)}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="flex flex-wrap items-center gap-2 sm:col-span-4">
          <Button type="submit" disabled={saving} data-testid="stage-save">
            {t("stages.save")}
          </Button>
          <Button type="button" variant="ghost" disabled={first || pending} aria-label={t("stages.up")} onClick={() => run(() => movePipelineStageAction({ id: stage.id, direction: "up" }))}>
            <ArrowUp className="h-4 w-4" aria-hidden />
          </Button>
          <Button type="button" variant="ghost" disabled={last || pending} aria-label={t("stages.down")} onClick={() => run(() => movePipelineStageAction({ id: stage.id, direction: "down" }))}>
            <ArrowDown className="h-4 w-4" aria-hidden />
          </Button>
          <Button type="button" variant="ghost" disabled={pending} aria-label={t("stages.delete")} data-testid="stage-delete" onClick={() => run(() => deletePipelineStageAction({ id: stage.id }))}>
            <Trash2 className="h-4 w-4" aria-hidden />
          </Button>
          <FormStatus state={state} />
          {error && (
            <p role="alert" className="text-sm text-red-600 dark:text-red-400">
              {error}
            </p>
          )}
        </div>
      </form>
    </li>
  );
}
