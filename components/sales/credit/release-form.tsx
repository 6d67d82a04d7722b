"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { releaseCreditHoldAction } from "@/lib/actions/credit";

/** Release an order from credit hold: a reason is required and recorded with the release. */
export function ReleaseForm({ orderId }: { orderId: string }) {
  const t = useTranslations("credit.release");
  const [state, action, pending] = useActionState(releaseCreditHoldAction, null);
  return (
    <form action={action} className="space-y-2" data-testid="release-form">
      <input type="hidden" name="id" value={orderId} />
      <Field label={t("reason")} name="reason" required maxLength={500} error={state && !state.ok ? state.fieldErrors?.reason : undefined} hint={t("hint")} data-testid="release-reason" />
      <FormStatus state={state} />
      <Button type="submit" disabled={pending} data-testid="release-submit">
        {t("submit")}
      </Button>
    </form>
  );
}
