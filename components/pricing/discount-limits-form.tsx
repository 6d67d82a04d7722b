"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { updateDiscountLimitsAction } from "@/lib/actions/discounts";
import { ROLES, type Role } from "@/lib/auth/roles";

/** The largest line discount per role (percent text, exact), all saved together. */
export function DiscountLimitsForm({ initial }: { initial: Record<Role, string> }) {
  const t = useTranslations("pricing");
  const tc = useTranslations("common");
  const [state, action, pending] = useActionState(updateDiscountLimitsAction, null);
  const [values, setValues] = useState(initial);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  return (
    <form action={action} className="max-w-xl space-y-4" data-testid="discount-limits-form">
      {ROLES.map((role) => (
        <Field
          key={role}
          label={tc(`roles.${role}`)}
          name={role}
          value={values[role]}
          onChange={(e) => setValues((v) => ({ ...v, [role]: e.target.value }))}
          inputMode="decimal"
          required
          maxLength={6}
          error={errors[role]}
          hint={t("discounts.percentHint")}
          data-testid={`discount-limit-${role}`}
        />
      ))}
      <FormStatus state={state} />
      <Button type="submit" disabled={pending}>{t("discounts.save")}</Button>
    </form>
  );
}
