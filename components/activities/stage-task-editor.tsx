"use client";

import { useActionState, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { ArrowDown, ArrowUp, Plus, Trash2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { createStageTaskAction, deleteStageTaskAction, moveStageTaskAction, updateStageTaskAction } from "@/lib/actions/stage-tasks";

type Task = { id: string; titleZh: string; titleEn: string; dueInDays: number };

function TaskRow({ task, first, last }: { task: Task; first: boolean; last: boolean }) {
  const t = useTranslations("activities");
  const router = useRouter();
  const [state, action, saving] = useActionState(updateStageTaskAction, null);
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const run = (work: () => Promise<{ ok: boolean; error?: string } | null>) =>
    startTransition(async () => {
      const result = await work();
      setError(result && !result.ok ? (result.error ?? null) : null);
      router.refresh();
    });
  return (
    <li data-testid={`stage-task-${task.id}`}>
      <form action={action} className="grid gap-2 sm:grid-cols-[1fr_1fr_7rem_auto] sm:items-end">
        <input type="hidden" name="id" value={task.id} />
        <Field label={t("stageTasks.titleZh")} name="titleZh" defaultValue={task.titleZh} required maxLength={200} error={errors.titleZh} />
        <Field label={t("stageTasks.titleEn")} name="titleEn" defaultValue={task.titleEn} required maxLength={200} error={errors.titleEn} />
        <Field label={t("stageTasks.dueInDays")} name="dueInDays" defaultValue={String(task.dueInDays)} inputMode="numeric" maxLength={3} error={errors.dueInDays} />
        <div className="flex items-center gap-1">
          <Button type="submit" variant="secondary" disabled={saving}>
            {t("stageTasks.save")}
          </Button>
          <Button type="button" variant="ghost" disabled={first || pending} aria-label={t("stageTasks.up")} onClick={() => run(() => moveStageTaskAction({ id: task.id, direction: "up" }))}>
            <ArrowUp className="h-4 w-4" aria-hidden />
          </Button>
          <Button type="button" variant="ghost" disabled={last || pending} aria-label={t("stageTasks.down")} onClick={() => run(() => moveStageTaskAction({ id: task.id, direction: "down" }))}>
            <ArrowDown className="h-4 w-4" aria-hidden />
          </Button>
          <Button type="button" variant="ghost" disabled={pending} aria-label={t("stageTasks.delete")} onClick={() => run(() => deleteStageTaskAction({ id: task.id }))}>
            <Trash2 className="h-4 w-4" aria-hidden />
          </Button>
        </div>
      </form>
      <FormStatus state={state} />
      {error && <p className="text-sm text-red-600 dark:text-red-400">{error}</p>}
    </li>
  );
}

/** One stage's checklist: each task editable in place, reorderable, deletable; a form to add one. */
export function StageTaskEditor({ stageId, tasks }: { stageId: string; tasks: Task[] }) {
  const t = useTranslations("activities");
  const [state, action, pending] = useActionState(createStageTaskAction, null);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  return (
    <div className="space-y-3">
      {tasks.length === 0 ? (
        <p className="text-sm text-slate-500">{t("stageTasks.empty")}</p>
      ) : (
        <ol className="space-y-2">
          {tasks.map((task, i) => (
            <TaskRow key={`${task.id}-${task.titleZh}-${task.titleEn}-${task.dueInDays}`} task={task} first={i === 0} last={i === tasks.length - 1} />
          ))}
        </ol>
      )}
      <form key={tasks.length} action={action} className="grid gap-2 border-t border-slate-100 pt-3 sm:grid-cols-[1fr_1fr_7rem_auto] sm:items-end dark:border-slate-800" data-testid={`stage-task-add-${stageId}`}>
        <input type="hidden" name="stageId" value={stageId} />
        <Field label={t("stageTasks.titleZh")} name="titleZh" required maxLength={200} error={errors.titleZh} />
        <Field label={t("stageTasks.titleEn")} name="titleEn" required maxLength={200} error={errors.titleEn} />
        <Field label={t("stageTasks.dueInDays")} name="dueInDays" defaultValue="0" inputMode="numeric" maxLength={3} error={errors.dueInDays} />
        <Button type="submit" variant="secondary" disabled={pending}>
          <Plus className="h-4 w-4" aria-hidden />
          {t("stageTasks.add")}
        </Button>
      </form>
      <FormStatus state={state} />
    </div>
  );
}
