"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { SplitFieldset, type SplitRow } from "@/components/crm/split-fieldset";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { saveOpportunitySplitsAction } from "@/lib/actions/opportunity-splits";

/** The opportunity's split owners (credit shared with the owner). */
export function OpportunitySplits({ opportunityId, splits, owners }: { opportunityId: string; splits: SplitRow[]; owners: { id: string; name: string }[] }) {
  const t = useTranslations("pipeline");
  const [state, action, pending] = useActionState(saveOpportunitySplitsAction, null);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const error = Object.entries(errors).find(([k]) => k.startsWith("splits"))?.[1];
  return (
    <form action={action} className="space-y-3" data-testid="opportunity-splits-form">
      <input type="hidden" name="id" value={opportunityId} />
      <SplitFieldset
        initial={splits}
        owners={owners}
        error={error}
        labels={{ legend: t("splits.title"), hint: t("splits.hint"), user: t("splits.user"), percent: t("splits.percent"), none: t("splits.none") }}
      />
      <FormStatus state={state} />
      <Button type="submit" variant="secondary" disabled={pending} data-testid="splits-save">
        {t("splits.save")}
      </Button>
    </form>
  );
}
