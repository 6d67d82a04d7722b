"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { updateLeadAssignmentAction } from "@/lib/actions/leads";
import { REGIONS } from "@/lib/domain/crm";
import { LEAD_ASSIGNMENT_MODES } from "@/lib/domain/leads";

type Props = {
  mode: string;
  roundRobinTeamId: string;
  defaultOwnerId: string;
  rules: Record<string, string>;
  users: { id: string; name: string }[];
  teams: { id: string; name: string; salesCount: number }[];
};

/** The admin's lead assignment settings: mode, round-robin team, default owner, region → owner. */
export function LeadAssignmentForm(props: Props) {
  const t = useTranslations("leads");
  const tc = useTranslations("crm");
  const [state, action, pending] = useActionState(updateLeadAssignmentAction, null);
  const [values, setValues] = useState({ mode: props.mode, roundRobinTeamId: props.roundRobinTeamId, defaultOwnerId: props.defaultOwnerId, ...Object.fromEntries(REGIONS.map((r) => [`rule_${r}`, props.rules[r] ?? ""])) } as Record<string, string>);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const set = (key: string) => (e: React.ChangeEvent<HTMLSelectElement>) => setValues((v) => ({ ...v, [key]: e.target.value }));
  const userOptions = props.users.map((u) => ({ value: u.id, label: u.name }));
  const s = (key: string) => t(`settings.${key}` as "settings.mode");

  return (
    <form action={action} className="max-w-3xl space-y-6" data-testid="lead-assignment-form">
      <fieldset className="space-y-2">
        <legend className="mb-1 text-sm font-medium text-slate-700 dark:text-slate-300">{s("mode")}</legend>
        {LEAD_ASSIGNMENT_MODES.map((mode) => (
          <label key={mode} className="flex items-start gap-2 text-sm">
            <input type="radio" name="mode" value={mode} checked={values.mode === mode} onChange={() => setValues((v) => ({ ...v, mode }))} className="mt-1" data-testid={`assignment-mode-${mode}`} />
            <span>
              <span className="font-medium">{t(`settings.modes.${mode}`)}</span>
              <span className="block text-xs text-slate-500">{t(`settings.modeHints.${mode}`)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          label={s("team")}
          name="roundRobinTeamId"
          value={values.roundRobinTeamId}
          onChange={set("roundRobinTeamId")}
          error={errors.roundRobinTeamId}
          options={[{ value: "", label: s("noTeam") }, ...props.teams.map((team) => ({ value: team.id, label: t("settings.teamOption", { name: team.name, count: team.salesCount }) }))]}
          data-testid="assignment-team"
        />
        <div>
          <SelectField label={s("defaultOwner")} name="defaultOwnerId" value={values.defaultOwnerId} onChange={set("defaultOwnerId")} error={errors.defaultOwnerId} options={[{ value: "", label: s("noDefaultOwner") }, ...userOptions]} />
          <p className="mt-1 text-xs text-slate-500">{s("defaultOwnerHint")}</p>
        </div>
      </div>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-700 dark:text-slate-300">{s("rules")}</legend>
        <p className="text-xs text-slate-500">{s("rulesHint")}</p>
        <div className="grid gap-3 sm:grid-cols-2">
          {REGIONS.map((region) => (
            <SelectField
              key={region}
              label={tc(`regions.${region}`)}
              name={`rule_${region}`}
              value={values[`rule_${region}`]}
              onChange={set(`rule_${region}`)}
              error={errors[`rule_${region}`]}
              options={[{ value: "", label: s("noRule") }, ...userOptions]}
              data-testid={`assignment-rule-${region}`}
            />
          ))}
        </div>
      </fieldset>
      <FormStatus state={state} />
      <Button type="submit" disabled={pending} data-testid="assignment-submit">
        {s("save")}
      </Button>
    </form>
  );
}
