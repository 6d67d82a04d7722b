"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { LineEditor, emptyRow, rowsPayload, type EditorRow } from "@/components/lines/line-editor";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { saveOpportunityLinesAction } from "@/lib/actions/lines";

type Props = { opportunityId: string; accountId: string; currencyCode: string; lines: EditorRow[] };

/** The opportunity's product lines; saving sets the opportunity amount to their total. */
export function OpportunityLines({ opportunityId, accountId, currencyCode, lines }: Props) {
  const t = useTranslations("lines");
  const [rows, setRows] = useState<EditorRow[]>(lines.length ? lines : [emptyRow()]);
  const [state, action, pending] = useActionState(saveOpportunityLinesAction, null);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  // An untouched single empty row means "no lines", not a line without a description.
  const payloadRows = rows.length === 1 && !rows[0].description && !rows[0].unitPrice && !rows[0].productId ? [] : rows;

  return (
    <form action={action} className="space-y-3" data-testid="opportunity-lines-form">
      <input type="hidden" name="id" value={opportunityId} />
      <input type="hidden" name="lines" value={rowsPayload(payloadRows)} />
      <LineEditor rows={rows} onChange={setRows} currencyCode={currencyCode} accountId={accountId} errors={errors} />
      <p className="text-xs text-slate-500">{t("amountHint")}</p>
      <FormStatus state={state} />
      <Button type="submit" disabled={pending} data-testid="lines-save">
        {t("save")}
      </Button>
    </form>
  );
}
