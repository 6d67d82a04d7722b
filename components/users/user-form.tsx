"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field, SelectField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { ROLES } from "@/lib/auth/roles";
import { LOCALES } from "@/lib/i18n/locales";
import { createUserAction, updateUserAction } from "@/lib/actions/users";

type Values = { name: string; email: string; role: string; teamId: string; locale: string; active: boolean; password: string };
type Props = {
  /** Absent for a new user. */
  user?: { id: string } & Omit<Values, "password">;
  teams: { id: string; name: string }[];
};

const EMPTY: Values = { name: "", email: "", role: "sales", teamId: "", locale: "zh-CN", active: true, password: "" };

/** Create or edit a staff account. Inputs are controlled so a failed save keeps what was typed. */
export function UserForm({ user, teams }: Props) {
  const t = useTranslations("users");
  const tc = useTranslations("common");
  const [state, action, pending] = useActionState(user ? updateUserAction : createUserAction, null);
  const [values, setValues] = useState<Values>(user ? { ...user, password: "" } : EMPTY);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const set = (key: keyof Values) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) => setValues((v) => ({ ...v, [key]: e.target.value }));

  // After a successful save the new password field empties (state adjusted during render).
  const [seen, setSeen] = useState(state);
  if (state !== seen) {
    setSeen(state);
    if (state?.ok) setValues((v) => ({ ...v, password: "" }));
  }

  return (
    <form action={action} className="max-w-xl space-y-4" data-testid={user ? "user-edit-form" : "user-create-form"}>
      {user && <input type="hidden" name="id" value={user.id} />}
      <Field label={t("form.name")} name="name" value={values.name} onChange={set("name")} required maxLength={100} error={errors.name} autoComplete="off" />
      <Field label={t("form.email")} name="email" type="email" value={values.email} onChange={set("email")} required maxLength={320} error={errors.email} autoComplete="off" />
      <div className="grid gap-4 sm:grid-cols-3">
        <SelectField label={t("form.role")} name="role" value={values.role} onChange={set("role")} error={errors.role} options={ROLES.map((r) => ({ value: r, label: tc(`roles.${r}`) }))} />
        <SelectField
          label={t("form.team")}
          name="teamId"
          value={values.teamId}
          onChange={set("teamId")}
          error={errors.teamId}
          options={[{ value: "", label: t("noTeam") }, ...teams.map((team) => ({ value: team.id, label: team.name }))]}
        />
        <SelectField label={t("form.locale")} name="locale" value={values.locale} onChange={set("locale")} error={errors.locale} options={LOCALES.map((l) => ({ value: l, label: tc(`locales.${l}`) }))} />
      </div>
      <Field
        label={user ? t("form.newPassword") : t("form.password")}
        name="password"
        type="password"
        value={values.password}
        onChange={set("password")}
        required={!user}
        minLength={10}
        maxLength={200}
        autoComplete="new-password"
        hint={user ? t("form.newPasswordHint") : t("form.passwordHint")}
        error={errors.password}
      />
      {user && (
        <div>
          <label className="flex items-center gap-2 text-sm font-medium text-slate-700 dark:text-slate-300">
            <input type="checkbox" name="active" checked={values.active} onChange={(e) => setValues((v) => ({ ...v, active: e.target.checked }))} data-testid="user-active" />
            {t("form.active")}
          </label>
          {errors.active ? <p className="mt-1 text-xs text-red-600 dark:text-red-400">{errors.active}</p> : <p className="mt-1 text-xs text-slate-500">{t("form.activeHint")}</p>}
        </div>
      )}
      <FormStatus state={state} />
      <Button type="submit" disabled={pending}>{user ? t("form.save") : t("form.create")}</Button>
    </form>
  );
}
