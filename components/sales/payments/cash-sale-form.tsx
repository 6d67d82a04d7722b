"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { LineEditor, emptyRow, rowsPayload, type EditorRow } from "@/components/lines/line-editor";
import { Button } from "@/components/ui/button";
import { Field, SelectField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { cashSaleAction } from "@/lib/actions/payments";
import { PAYMENT_METHODS } from "@/lib/validation/payments";

type Props = { idempotencyKey: string; accounts: { id: string; name: string; code: string }[]; currencyCode: string };

/** 现收款: pick a customer or leave it as walk-in, enter the items, say how it was paid, done. */
export function CashSaleForm({ idempotencyKey, accounts, currencyCode }: Props) {
  const t = useTranslations("payments");
  const [state, action, pending] = useActionState(cashSaleAction, null);
  // One key for the life of the form: a double click or a retry sells once.
  const [key] = useState(idempotencyKey);
  const [accountId, setAccountId] = useState("");
  const [rows, setRows] = useState<EditorRow[]>(() => [emptyRow()]);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  return (
    <form action={action} className="space-y-4" data-testid="cash-sale-form">
      <input type="hidden" name="idempotencyKey" value={key} />
      <input type="hidden" name="lines" value={rowsPayload(rows.filter((r) => r.description.trim() || r.productId))} />
      <div className="grid max-w-3xl gap-4 sm:grid-cols-3">
        <SelectField
          label={t("cash.customer")}
          name="accountId"
          value={accountId}
          onChange={(e) => setAccountId(e.target.value)}
          options={[{ value: "", label: t("cash.walkIn") }, ...accounts.map((a) => ({ value: a.id, label: `${a.name} (${a.code})` }))]}
        />
        <SelectField label={t("form.method")} name="method" defaultValue="cash" options={PAYMENT_METHODS.map((m) => ({ value: m, label: t(`methods.${m}`) }))} />
        <Field label={t("form.reference")} name="reference" maxLength={100} />
      </div>
      <fieldset>
        <legend className="mb-2 text-sm font-medium text-slate-700 dark:text-slate-300">{t("cash.lines")}</legend>
        <LineEditor rows={rows} onChange={setRows} currencyCode={currencyCode} accountId={accountId} errors={errors} />
      </fieldset>
      <Field label={t("form.notes")} name="notes" maxLength={1000} className="max-w-3xl" />
      <FormStatus state={state} />
      <Button type="submit" disabled={pending} data-testid="cash-sale-submit">
        {t("cash.submit")}
      </Button>
    </form>
  );
}
