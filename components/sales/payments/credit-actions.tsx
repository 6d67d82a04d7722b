"use client";

import { useActionState, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field, SelectField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { applyCreditAction, refundAction } from "@/lib/actions/payments";
import { allocateOldestFirst } from "@/lib/domain/allocate-payment";
import { displayMoney, formatMoney } from "@/lib/domain/money";
import { PAYMENT_METHODS } from "@/lib/validation/payments";
import { AllocationGrid, type GridInvoice } from "./allocation-grid";

type Source = { paymentId: string | null; creditNoteId: string | null; remainder: number; currencyCode: string };

function SourceFields({ source }: { source: Source }) {
  return (
    <>
      <input type="hidden" name="paymentId" value={source.paymentId ?? ""} />
      <input type="hidden" name="creditNoteId" value={source.creditNoteId ?? ""} />
    </>
  );
}

/** Apply later: a payment's or a credit note's remainder to open invoices, oldest first by default. */
export function ApplyCreditForm({ source, invoices }: { source: Source; invoices: (GridInvoice & { issueDate: string })[] }) {
  const t = useTranslations("payments");
  const [state, action, pending] = useActionState(applyCreditAction, null);
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(allocateOldestFirst(source.remainder, invoices).lines.map((l) => [l.invoiceId, formatMoney(l.amount, source.currencyCode)])),
  );
  return (
    <form action={action} className="space-y-3" data-testid="apply-credit-form">
      <SourceFields source={source} />
      <AllocationGrid invoices={invoices} values={values} currencyCode={source.currencyCode} onChange={(id, value) => setValues((v) => ({ ...v, [id]: value }))} />
      <FormStatus state={state} />
      {invoices.length > 0 && (
        <Button type="submit" disabled={pending} data-testid="apply-credit-submit">
          {t("detail.apply")}
        </Button>
      )}
    </form>
  );
}

/** Refund (pay back) the remainder; never more — the service re-checks under a lock. */
export function RefundForm({ source, idempotencyKey, today }: { source: Source; idempotencyKey: string; today: string }) {
  const t = useTranslations("payments");
  const locale = useLocale();
  const [state, action, pending] = useActionState(refundAction, null);
  const [key] = useState(idempotencyKey);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  return (
    <form action={action} className="space-y-3" data-testid="refund-form">
      <SourceFields source={source} />
      <input type="hidden" name="idempotencyKey" value={key} />
      <div className="grid gap-3 sm:grid-cols-3">
        <Field
          label={t("form.amount")}
          name="amount"
          defaultValue={formatMoney(source.remainder, source.currencyCode)}
          inputMode="decimal"
          required
          hint={t("detail.refundHint", { amount: displayMoney(source.remainder, source.currencyCode, locale) })}
          error={errors.amount}
          data-testid="refund-amount"
        />
        <SelectField label={t("form.method")} name="method" defaultValue="bank_transfer" options={PAYMENT_METHODS.map((m) => ({ value: m, label: t(`methods.${m}`) }))} />
        <Field label={t("form.paymentDate")} name="paymentDate" type="date" defaultValue={today} required />
      </div>
      <Field label={t("form.reference")} name="reference" maxLength={100} />
      <input type="hidden" name="notes" value="" />
      <FormStatus state={state} />
      <Button type="submit" variant="secondary" disabled={pending} data-testid="refund-submit">
        {t("detail.refund")}
      </Button>
    </form>
  );
}
