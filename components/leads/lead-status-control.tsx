"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { changeLeadStatusAction } from "@/lib/actions/leads";
import { nextLeadStatuses, type LeadTargetStatus } from "@/lib/domain/leads";

/** The buttons a lead's current status allows; disqualifying asks for the reason first. */
export function LeadStatusControl({ id, status }: { id: string; status: string }) {
  const t = useTranslations("leads");
  const tc = useTranslations("common");
  const [state, action, pending] = useActionState(changeLeadStatusAction, null);
  const [disqualifying, setDisqualifying] = useState(false);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const targets = nextLeadStatuses(status);
  const label = (to: LeadTargetStatus) => {
    if (to === "working") return status === "new" ? t("view.startWorking") : status === "disqualified" ? t("view.reopen") : t("view.backToWorking");
    return to === "qualified" ? t("view.qualify") : t("view.disqualify");
  };

  return (
    <div className="space-y-3" data-testid="lead-status-control">
      <div className="flex flex-wrap gap-2">
        {targets
          .filter((to) => to !== "disqualified")
          .map((to) => (
            <form key={to} action={action}>
              <input type="hidden" name="id" value={id} />
              <input type="hidden" name="status" value={to} />
              <Button type="submit" variant={to === "qualified" ? "primary" : "secondary"} disabled={pending} data-testid={`lead-status-${to}`}>
                {label(to)}
              </Button>
            </form>
          ))}
        {targets.includes("disqualified") && !disqualifying && (
          <Button type="button" variant="danger" onClick={() => setDisqualifying(true)} data-testid="lead-status-disqualified">
            {t("view.disqualify")}
          </Button>
        )}
      </div>
      {disqualifying && (
        <form action={action} className="space-y-2" data-testid="lead-disqualify-form">
          <input type="hidden" name="id" value={id} />
          <input type="hidden" name="status" value="disqualified" />
          <Field label={t("view.reasonPrompt")} name="reason" maxLength={500} required error={errors.reason} data-testid="lead-disqualify-reason" autoFocus />
          <div className="flex gap-2">
            <Button type="submit" variant="danger" disabled={pending} data-testid="lead-disqualify-submit">
              {t("view.disqualify")}
            </Button>
            <Button type="button" variant="ghost" onClick={() => setDisqualifying(false)}>
              {tc("cancel")}
            </Button>
          </div>
        </form>
      )}
      <FormStatus state={state} />
    </div>
  );
}
