"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { keepValues } from "./keep-values";
import { recordDeliveryReceiptAction } from "@/lib/actions/deliveries";

/** 收货单: when the customer received the goods, who signed, a note and the signed scan. */
export function ReceiptForm({ id, values }: { id: string; values: { receivedDate: string; receivedBy: string; receiptNote: string } }) {
  const t = useTranslations("deliveries.receipt");
  const [state, action, pending] = useActionState(recordDeliveryReceiptAction, null);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  return (
    <form onSubmit={keepValues(action)} className="space-y-4" data-testid="receipt-form">
      <input type="hidden" name="id" value={id} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t("date")} name="receivedDate" type="date" required defaultValue={values.receivedDate} error={errors.receivedDate} data-testid="receipt-date" />
        <Field label={t("signer")} name="receivedBy" required maxLength={200} defaultValue={values.receivedBy} error={errors.receivedBy} data-testid="receipt-signer" />
      </div>
      <label className="block text-sm font-medium text-slate-700 dark:text-slate-300">
        {t("note")}
        <textarea name="receiptNote" rows={2} maxLength={1000} defaultValue={values.receiptNote} className={`${inputClass} mt-1`} data-testid="receipt-note" />
      </label>
      <label className="block text-sm font-medium text-slate-700 dark:text-slate-300">
        {t("file")}
        <input type="file" name="file" accept="image/jpeg,image/png,image/webp,application/pdf" className="mt-1 block w-full text-sm" data-testid="receipt-file" />
        <span className="mt-1 block text-xs font-normal text-slate-500">{t("fileHint")}</span>
      </label>
      <FormStatus state={state} />
      <Button type="submit" disabled={pending} data-testid="save-receipt">
        {t("save")}
      </Button>
    </form>
  );
}
