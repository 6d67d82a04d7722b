"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { updateInvoiceDraftAction } from "@/lib/actions/invoices";

/** The header fields a draft may still change; an issued invoice never shows this form. */
export function InvoiceDraftForm({ id, notes, buyerReference, paymentTermsDays }: { id: string; notes: string; buyerReference: string; paymentTermsDays: number }) {
  const t = useTranslations("invoices");
  const [state, action, pending] = useActionState(updateInvoiceDraftAction, null);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  return (
    <form action={action} className="space-y-3" data-testid="invoice-draft-form">
      <input type="hidden" name="id" value={id} />
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label={t("form.buyerReference")} name="buyerReference" maxLength={200} defaultValue={buyerReference} error={errors.buyerReference} />
        <Field label={t("form.paymentTermsDays")} name="paymentTermsDays" type="number" min={0} max={365} defaultValue={String(paymentTermsDays)} required error={errors.paymentTermsDays} />
      </div>
      <label className="block text-sm font-medium text-slate-700 dark:text-slate-300">
        {t("form.notes")}
        <textarea name="notes" rows={2} maxLength={2000} defaultValue={notes} className={`${inputClass} mt-1`} />
      </label>
      <FormStatus state={state} />
      <Button type="submit" variant="secondary" disabled={pending} data-testid="save-invoice-draft">
        {t("actions.save")}
      </Button>
    </form>
  );
}
