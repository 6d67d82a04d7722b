"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field, SelectField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { createTeamAction, updateTeamAction } from "@/lib/actions/teams";

type Option = { value: string; label: string };
type Values = { name: string; parentId: string; managerId: string };
type Props = {
  /** Absent for a new team. */
  team?: { id: string } & Values;
  parents: Option[];
  managers: Option[];
};

const EMPTY: Values = { name: "", parentId: "", managerId: "" };

/** Create or edit a team. Inputs are controlled so a failed save keeps what was typed. */
export function TeamForm({ team, parents, managers }: Props) {
  const t = useTranslations("teams");
  const [state, action, pending] = useActionState(team ? updateTeamAction : createTeamAction, null);
  const [values, setValues] = useState<Values>(team ?? EMPTY);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const set = (key: keyof Values) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) => setValues((v) => ({ ...v, [key]: e.target.value }));

  // A created team shows in the tree: clear the form for the next one (state adjusted during
  // render when a new result arrives, React's pattern instead of an effect).
  const [seen, setSeen] = useState(state);
  if (state !== seen) {
    setSeen(state);
    if (!team && state?.ok) setValues(EMPTY);
  }

  return (
    <form action={action} className="space-y-4" data-testid={team ? "team-edit-form" : "team-create-form"}>
      {team && <input type="hidden" name="id" value={team.id} />}
      <Field label={t("name")} name="name" value={values.name} onChange={set("name")} required maxLength={100} error={errors.name} />
      <SelectField label={t("parent")} name="parentId" value={values.parentId} onChange={set("parentId")} error={errors.parentId} options={[{ value: "", label: t("noParent") }, ...parents]} />
      <div>
        <SelectField label={t("manager")} name="managerId" value={values.managerId} onChange={set("managerId")} error={errors.managerId} options={[{ value: "", label: t("noManager") }, ...managers]} />
        {!errors.managerId && <p className="mt-1 text-xs text-slate-500">{t("managerHint")}</p>}
      </div>
      <FormStatus state={state} success={team ? t("saved") : t("created")} />
      <Button type="submit" disabled={pending}>{team ? t("save") : t("createButton")}</Button>
    </form>
  );
}
