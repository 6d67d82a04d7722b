"use client";

import { useActionState, useMemo, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field, SelectField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { recordPaymentAction } from "@/lib/actions/payments";
import { allocateOldestFirst } from "@/lib/domain/allocate-payment";
import { displayMoney, formatMoney, tryParseMoney } from "@/lib/domain/money";
import { PAYMENT_METHODS } from "@/lib/validation/payments";
import { AllocationGrid, type GridInvoice } from "./allocation-grid";

type Props = {
  idempotencyKey: string;
  account: { id: string; name: string };
  currencies: string[];
  baseCurrency: string;
  today: string;
  openInvoices: (GridInvoice & { issueDate: string })[];
  orders: { id: string; number: string | null; currencyCode: string }[];
};

/** Oldest due first, as decimal text per invoice, for the grid. */
function fill(amountText: string, currency: string, invoices: Props["openInvoices"]): Record<string, string> {
  const amount = tryParseMoney(amountText, currency);
  if (amount === null || amount <= 0) return {};
  const { lines } = allocateOldestFirst(amount, invoices);
  return Object.fromEntries(lines.map((l) => [l.invoiceId, formatMoney(l.amount, currency)]));
}

/**
 * Records a receipt or a prepayment. The grid is filled oldest due first as the amount is typed
 * until the user edits a cell; the hidden idempotency key (made when the page rendered) makes a
 * double click or a resubmission record the payment once.
 */
export function PaymentForm({ idempotencyKey, account, currencies, baseCurrency, today, openInvoices, orders }: Props) {
  const t = useTranslations("payments");
  const locale = useLocale();
  const [state, action, pending] = useActionState(recordPaymentAction, null);
  // Kept for the life of the form: a re-render must not turn a retry into a new payment.
  const [key] = useState(idempotencyKey);
  const [kind, setKind] = useState<"RECEIPT" | "PREPAYMENT">("RECEIPT");
  const [amount, setAmount] = useState("");
  const [currency, setCurrency] = useState(baseCurrency);
  const [edited, setEdited] = useState(false);
  const [values, setValues] = useState<Record<string, string>>({});
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const invoices = useMemo(() => openInvoices.filter((i) => i.currencyCode === currency), [openInvoices, currency]);

  const refill = (nextAmount: string, nextCurrency: string, nextKind: string) =>
    setValues(nextKind === "RECEIPT" ? fill(nextAmount, nextCurrency, openInvoices.filter((i) => i.currencyCode === nextCurrency)) : {});
  const allocated = invoices.reduce((sum, i) => sum + (tryParseMoney(values[i.id] ?? "", currency) ?? 0), 0);
  const total = tryParseMoney(amount, currency) ?? 0;

  return (
    <form action={action} className="max-w-3xl space-y-4" data-testid="payment-form">
      <input type="hidden" name="idempotencyKey" value={key} />
      <input type="hidden" name="accountId" value={account.id} />
      <div className="grid gap-4 sm:grid-cols-3">
        <SelectField
          label={t("form.kind")}
          name="kind"
          value={kind}
          onChange={(e) => {
            const next = e.target.value as typeof kind;
            setKind(next);
            if (!edited) refill(amount, currency, next);
          }}
          options={(["RECEIPT", "PREPAYMENT"] as const).map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
        />
        <Field
          label={t("form.amount")}
          name="amount"
          value={amount}
          onChange={(e) => {
            setAmount(e.target.value);
            if (!edited) refill(e.target.value, currency, kind);
          }}
          inputMode="decimal"
          required
          maxLength={30}
          error={errors.amount}
          data-testid="payment-amount"
        />
        <SelectField
          label={t("form.currency")}
          name="currencyCode"
          value={currency}
          onChange={(e) => {
            setCurrency(e.target.value);
            setEdited(false);
            refill(amount, e.target.value, kind);
          }}
          options={currencies.map((c) => ({ value: c, label: c }))}
        />
      </div>
      <div className="grid gap-4 sm:grid-cols-3">
        <SelectField label={t("form.method")} name="method" defaultValue="bank_transfer" options={PAYMENT_METHODS.map((m) => ({ value: m, label: t(`methods.${m}`) }))} />
        <Field label={t("form.paymentDate")} name="paymentDate" type="date" defaultValue={today} required error={errors.paymentDate} />
        <Field label={t("form.reference")} name="reference" maxLength={100} error={errors.reference} />
      </div>
      {kind === "PREPAYMENT" && orders.length > 0 && (
        <SelectField label={t("form.order")} name="orderId" defaultValue="" options={[{ value: "", label: t("form.noOrder") }, ...orders.filter((o) => o.currencyCode === currency).map((o) => ({ value: o.id, label: o.number ?? o.id }))]} />
      )}
      <Field label={t("form.notes")} name="notes" maxLength={1000} />
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-700 dark:text-slate-300">{t("form.allocations")}</legend>
        <p className="text-xs text-slate-500">{t("form.allocationsHint")}</p>
        <AllocationGrid
          invoices={invoices}
          values={values}
          currencyCode={currency}
          onChange={(id, value) => {
            setEdited(true);
            setValues((v) => ({ ...v, [id]: value }));
          }}
        />
        {invoices.length > 0 && (
          <div className="flex items-center justify-between text-sm">
            <button type="button" className="text-brand-600 hover:underline dark:text-blue-400" onClick={() => { setEdited(false); refill(amount, currency, "RECEIPT"); }}>
              {t("form.refill")}
            </button>
            <span className="tabular-nums" data-testid="allocation-summary">
              {t("form.allocated")} {displayMoney(allocated, currency, locale)} · {t("form.unapplied")} {displayMoney(total - allocated, currency, locale)}
            </span>
          </div>
        )}
        {allocated > total && <p className="text-xs text-red-600">{t("form.overAllocated")}</p>}
      </fieldset>
      <FormStatus state={state} />
      <Button type="submit" disabled={pending} data-testid="payment-submit">
        {t("form.submit")}
      </Button>
    </form>
  );
}
