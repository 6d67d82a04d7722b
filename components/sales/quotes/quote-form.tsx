"use client";

import { useActionState, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field, inputClass, SelectField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { createQuoteAction, updateQuoteAction } from "@/lib/actions/quotes";
import { basisPointsToPercent } from "@/lib/domain/basis-points";
import { displayMoney } from "@/lib/domain/money";
import type { QuoteFormValues } from "@/lib/sales/quotes/find-quote-form";
import { rowTotals } from "./price-rows";
import { newQuoteRow, QuoteLineEditor, quoteRowsPayload, type QuoteEditorRow } from "./quote-line-editor";

type Props = {
  /** Set when editing: the quote's id; a sent/approved quote's save makes a new revision. */
  quoteId?: string;
  revises?: boolean;
  values: QuoteFormValues;
  contacts: { id: string; name: string }[];
  currencies: string[];
  priceLists: { id: string; name: string; currencyCode: string; taxInclusive: boolean }[];
  baseCurrency: string;
  showCost: boolean;
};

type Header = Omit<QuoteFormValues, "lines" | "paymentTermsDays"> & { paymentTermsDays: string };

/** Create or edit a quote: header, lines in the spreadsheet editor, and the totals by VAT rate as typed. */
export function QuoteForm({ quoteId, revises = false, values, contacts, currencies, priceLists, baseCurrency, showCost }: Props) {
  const t = useTranslations("quotes");
  const locale = useLocale();
  const [state, action, pending] = useActionState(quoteId ? updateQuoteAction : createQuoteAction, null);
  const [header, setHeader] = useState<Header>({ ...values, paymentTermsDays: String(values.paymentTermsDays) });
  const [rows, setRows] = useState<QuoteEditorRow[]>(values.lines.length ? values.lines.map((l) => newQuoteRow(l)) : [newQuoteRow()]);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const set = (key: keyof Header) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) => setHeader((h) => ({ ...h, [key]: e.target.value }));
  const pricesIncludeTax = priceLists.find((p) => p.id === header.priceListId)?.taxInclusive ?? false;
  const totals = rowTotals(rows, header.currencyCode, pricesIncludeTax);
  const money = (minor: number) => displayMoney(minor, header.currencyCode, locale);

  return (
    <form action={action} className="space-y-4" data-testid="quote-form">
      {quoteId ? <input type="hidden" name="id" value={quoteId} /> : null}
      {!quoteId && <input type="hidden" name="accountId" value={header.accountId} />}
      {!quoteId && <input type="hidden" name="opportunityId" value={header.opportunityId} />}
      <input type="hidden" name="lines" value={quoteRowsPayload(rows)} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t("form.title")} name="title" value={header.title} onChange={set("title")} maxLength={200} error={errors.title} autoComplete="off" data-testid="quote-title" />
        <SelectField label={t("form.contact")} name="contactId" value={header.contactId} onChange={set("contactId")} error={errors.contactId} options={[{ value: "", label: t("form.noContact") }, ...contacts.map((c) => ({ value: c.id, label: c.name }))]} />
      </div>
      <div className="grid gap-4 sm:grid-cols-4">
        <SelectField label={t("form.currency")} name="currencyCode" value={header.currencyCode} onChange={set("currencyCode")} error={errors.currencyCode} options={currencies.map((c) => ({ value: c, label: c }))} />
        <SelectField
          label={t("form.priceList")}
          name="priceListId"
          value={header.priceListId}
          onChange={set("priceListId")}
          error={errors.priceListId}
          options={[{ value: "", label: t("form.noPriceList") }, ...priceLists.map((p) => ({ value: p.id, label: `${p.name} (${p.currencyCode})` }))]}
        />
        <Field label={t("form.validUntil")} name="validUntil" type="date" value={header.validUntil} onChange={set("validUntil")} required error={errors.validUntil} data-testid="quote-valid-until" />
        <Field label={t("form.paymentTermsDays")} name="paymentTermsDays" type="number" min={0} max={365} value={header.paymentTermsDays} onChange={set("paymentTermsDays")} error={errors.paymentTermsDays} />
      </div>
      <QuoteLineEditor rows={rows} onChange={setRows} currencyCode={header.currencyCode} accountId={header.accountId} pricesIncludeTax={pricesIncludeTax} showMargin={showCost && header.currencyCode === baseCurrency} errors={errors} />
      <dl className="ml-auto max-w-sm space-y-1 text-sm" data-testid="quote-form-totals">
        {totals.byRate.map((r) => (
          <div key={r.vatRateBp} className="flex justify-between text-slate-600 dark:text-slate-400">
            <dt>{t("totals.vatAt", { rate: basisPointsToPercent(r.vatRateBp) })}</dt>
            <dd className="tabular-nums">{money(r.tax)}</dd>
          </div>
        ))}
        <div className="flex justify-between">
          <dt>{t("totals.net")}</dt>
          <dd className="tabular-nums">{money(totals.net)}</dd>
        </div>
        <div className="flex justify-between font-semibold">
          <dt>{t("totals.gross")}</dt>
          <dd className="tabular-nums" data-testid="quote-form-total">
            {money(totals.gross)}
          </dd>
        </div>
      </dl>
      <TextArea label={t("form.notes")} name="notes" value={header.notes} onChange={set("notes")} error={errors.notes} maxLength={5000} />
      <TextArea label={t("form.terms")} name="terms" value={header.terms} onChange={set("terms")} error={errors.terms} maxLength={10000} />
      {revises && <p className="text-sm text-amber-700 dark:text-amber-400">{t("form.revisesHint")}</p>}
      <FormStatus state={state} />
      <Button type="submit" disabled={pending} data-testid="quote-submit">
        {quoteId ? (revises ? t("form.saveRevision") : t("form.save")) : t("form.create")}
      </Button>
    </form>
  );
}

function TextArea({ label, name, value, onChange, error, maxLength }: { label: string; name: string; value: string; onChange: React.ChangeEventHandler<HTMLTextAreaElement>; error?: string; maxLength: number }) {
  const id = `quote-${name}`;
  return (
    <div>
      <label htmlFor={id} className="mb-1 block text-sm font-medium text-slate-700 dark:text-slate-300">
        {label}
      </label>
      <textarea id={id} name={name} value={value} onChange={onChange} maxLength={maxLength} rows={3} className={inputClass} aria-invalid={error ? true : undefined} />
      {error && <p className="mt-1 text-xs text-red-600 dark:text-red-400">{error}</p>}
    </div>
  );
}
