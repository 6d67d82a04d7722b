"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { Plus, Trash2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { saveOptionGroupsAction } from "@/lib/actions/products";

export type EditorChoice = { code: string; nameZh: string; nameEn: string; priceDelta: string; requiresNote: boolean; excludes: string };
export type EditorGroup = { code: string; nameZh: string; nameEn: string; required: boolean; multiple: boolean; choices: EditorChoice[] };

const NEW_CHOICE: EditorChoice = { code: "", nameZh: "", nameEn: "", priceDelta: "0", requiresNote: false, excludes: "" };
const NEW_GROUP: EditorGroup = { code: "", nameZh: "", nameEn: "", required: false, multiple: false, choices: [NEW_CHOICE] };

/**
 * The option groups and choices of a configurable product, edited together and saved as one
 * change (the server checks codes and exclusions and replaces the set). Sent as JSON.
 */
export function OptionGroupsEditor({ productId, initial, currency }: { productId: string; initial: EditorGroup[]; currency: string }) {
  const t = useTranslations("products");
  const [state, action, pending] = useActionState(saveOptionGroupsAction, null);
  const [groups, setGroups] = useState<EditorGroup[]>(initial);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const err = (path: string) => errors[`groups.${path}`];

  const setGroup = (gi: number, patch: Partial<EditorGroup>) => setGroups((gs) => gs.map((g, i) => (i === gi ? { ...g, ...patch } : g)));
  const setChoice = (gi: number, ci: number, patch: Partial<EditorChoice>) =>
    setGroups((gs) => gs.map((g, i) => (i === gi ? { ...g, choices: g.choices.map((c, j) => (j === ci ? { ...c, ...patch } : c)) } : g)));
  const text = (value: string, onChange: (v: string) => void) => ({ value, onChange: (e: React.ChangeEvent<HTMLInputElement>) => onChange(e.target.value) });
  const check = (label: string, checked: boolean, onChange: (v: boolean) => void, testId?: string) => (
    <label className="flex items-center gap-2 text-sm">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} data-testid={testId} />
      {label}
    </label>
  );

  return (
    <form action={action} className="space-y-4" data-testid="option-groups-form">
      <input type="hidden" name="productId" value={productId} />
      <input type="hidden" name="groups" value={JSON.stringify(groups)} />
      {groups.length === 0 && <p className="text-sm text-slate-500">{t("options.none")}</p>}
      {groups.map((g, gi) => (
        <fieldset key={gi} className="space-y-3 rounded-lg border border-slate-200 p-3 dark:border-slate-800" data-testid="option-group">
          <legend className="px-1 text-sm font-medium">{t("options.group", { n: gi + 1 })}</legend>
          <div className="grid gap-3 sm:grid-cols-3">
            <Field label={t("options.code")} required maxLength={30} error={err(`${gi}.code`)} {...text(g.code, (v) => setGroup(gi, { code: v }))} data-testid="group-code" />
            <Field label={t("options.nameZh")} required maxLength={100} error={err(`${gi}.nameZh`)} {...text(g.nameZh, (v) => setGroup(gi, { nameZh: v }))} data-testid="group-nameZh" />
            <Field label={t("options.nameEn")} required maxLength={100} error={err(`${gi}.nameEn`)} {...text(g.nameEn, (v) => setGroup(gi, { nameEn: v }))} data-testid="group-nameEn" />
          </div>
          <div className="flex flex-wrap items-center gap-4">
            {check(t("options.required"), g.required, (v) => setGroup(gi, { required: v }), "group-required")}
            {check(t("options.multiple"), g.multiple, (v) => setGroup(gi, { multiple: v }))}
            <button type="button" className="ml-auto inline-flex items-center gap-1 text-xs text-red-600 hover:underline" onClick={() => setGroups((gs) => gs.filter((_, i) => i !== gi))}>
              <Trash2 className="h-3.5 w-3.5" aria-hidden />
              {t("options.removeGroup")}
            </button>
          </div>
          <div className="space-y-3">
            {g.choices.map((c, ci) => (
              <div key={ci} className="grid gap-2 rounded-md bg-slate-50 p-2 sm:grid-cols-6 dark:bg-slate-800/40" data-testid="option-choice">
                <Field label={t("options.code")} required maxLength={30} error={err(`${gi}.choices.${ci}.code`)} {...text(c.code, (v) => setChoice(gi, ci, { code: v }))} data-testid="choice-code" />
                <Field label={t("options.nameZh")} required maxLength={100} error={err(`${gi}.choices.${ci}.nameZh`)} {...text(c.nameZh, (v) => setChoice(gi, ci, { nameZh: v }))} data-testid="choice-nameZh" />
                <Field label={t("options.nameEn")} required maxLength={100} error={err(`${gi}.choices.${ci}.nameEn`)} {...text(c.nameEn, (v) => setChoice(gi, ci, { nameEn: v }))} data-testid="choice-nameEn" />
                <Field
                  label={t("options.priceDelta", { currency })}
                  inputMode="decimal"
                  value={c.priceDelta}
                  onChange={(e) => setChoice(gi, ci, { priceDelta: e.target.value })}
                  error={err(`${gi}.choices.${ci}.priceDelta`)}
                  data-testid="choice-priceDelta"
                />
                <Field
                  label={t("options.excludes")}
                  value={c.excludes}
                  onChange={(e) => setChoice(gi, ci, { excludes: e.target.value })}
                  placeholder="group.choice"
                  error={err(`${gi}.choices.${ci}.excludes`)}
                />
                <div className="flex flex-col justify-end gap-2 pb-1">
                  {check(t("options.requiresNote"), c.requiresNote, (v) => setChoice(gi, ci, { requiresNote: v }), "choice-requiresNote")}
                  <button
                    type="button"
                    className="inline-flex items-center gap-1 text-xs text-red-600 hover:underline disabled:opacity-40"
                    disabled={g.choices.length === 1}
                    onClick={() => setGroup(gi, { choices: g.choices.filter((_, j) => j !== ci) })}
                  >
                    <Trash2 className="h-3.5 w-3.5" aria-hidden />
                    {t("options.removeChoice")}
                  </button>
                </div>
              </div>
            ))}
            <button type="button" className="inline-flex items-center gap-1 text-sm text-brand-600 hover:underline dark:text-blue-400" onClick={() => setGroup(gi, { choices: [...g.choices, NEW_CHOICE] })} data-testid="add-choice">
              <Plus className="h-4 w-4" aria-hidden />
              {t("options.addChoice")}
            </button>
          </div>
        </fieldset>
      ))}
      <Button type="button" variant="secondary" onClick={() => setGroups((gs) => [...gs, NEW_GROUP])} data-testid="add-option-group">
        <Plus className="h-4 w-4" aria-hidden />
        {t("options.addGroup")}
      </Button>
      <p className="text-xs text-slate-500">{t("options.hint")}</p>
      <FormStatus state={state} success={t("options.saved")} />
      <Button type="submit" disabled={pending} data-testid="save-options">
        {t("options.save")}
      </Button>
    </form>
  );
}
