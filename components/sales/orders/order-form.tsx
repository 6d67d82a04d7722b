"use client";

import { useActionState, useState } from "react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { LineEditor, emptyRow, type EditorRow } from "@/components/lines/line-editor";
import { Button, buttonClass } from "@/components/ui/button";
import { Field, inputClass, SelectField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { changeOrderAction, createOrderAction, updateDraftOrderAction } from "@/lib/actions/orders";
import type { OrderFormOptions } from "@/lib/sales/orders/find-order-form-options";

export type OrderFormValues = {
  id?: string;
  contactId: string;
  warehouseId: string;
  currencyCode: string;
  priceListId: string;
  orderDate: string;
  requestedDate: string;
  paymentTermsDays: string;
  customerReference: string;
  shippingAddress: string;
  notes: string;
  prepaymentKind: "percent" | "amount";
  prepayment: string;
  lines: EditorRow[];
};

type Props = { mode: "create" | "draft" | "change"; options: OrderFormOptions; values: OrderFormValues };

const ACTIONS = { create: createOrderAction, draft: updateDraftOrderAction, change: changeOrderAction };

/** Existing lines keep their id (the row key) so a change to a confirmed order is matched per line. */
function linesPayload(rows: EditorRow[]): string {
  return JSON.stringify(rows.map((r) => ({ lineId: r.key.startsWith("new-") ? "" : r.key, productId: r.productId, description: r.description, quantity: r.quantity, unitPrice: r.unitPrice, discount: r.discount })));
}

/**
 * The order form: header, prepayment and the spreadsheet line editor. The same form enters a new
 * order, edits a draft, and changes a confirmed order (then with a required reason; account,
 * currency and warehouse stay as confirmed).
 */
export function OrderForm({ mode, options, values }: Props) {
  const t = useTranslations("orders.form");
  const [state, action, pending] = useActionState(ACTIONS[mode], null);
  const [rows, setRows] = useState<EditorRow[]>(values.lines.length ? values.lines : [emptyRow()]);
  const [currency, setCurrency] = useState(values.currencyCode);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const locked = mode === "change";
  const area = (name: "shippingAddress" | "notes") => (
    <div className="sm:col-span-2">
      <label className="mb-1 block text-sm font-medium text-slate-700 dark:text-slate-300" htmlFor={`order-${name}`}>
        {t(name)}
      </label>
      <textarea id={`order-${name}`} name={name} defaultValue={values[name]} rows={2} maxLength={name === "notes" ? 2000 : 500} className={inputClass} data-testid={`order-${name}`} />
      {errors[name] && <p className="mt-1 text-xs text-red-600">{errors[name]}</p>}
    </div>
  );

  return (
    <form action={action} className="space-y-6" data-testid="order-form">
      {values.id && <input type="hidden" name="id" value={values.id} />}
      <input type="hidden" name="accountId" value={options.account.id} />
      <input type="hidden" name="lines" value={linesPayload(rows)} />
      {locked && <input type="hidden" name="warehouseId" value={values.warehouseId} />}
      <section className="grid gap-4 sm:grid-cols-3">
        <Field label={t("account")} value={options.account.name} readOnly disabled />
        <SelectField label={t("contact")} name="contactId" defaultValue={values.contactId} error={errors.contactId} options={[{ value: "", label: t("noContact") }, ...options.account.contacts.map((c) => ({ value: c.id, label: c.name }))]} />
        {locked ? (
          <Field label={t("warehouse")} value={options.warehouses.find((w) => w.id === values.warehouseId)?.name ?? ""} readOnly disabled />
        ) : (
          <SelectField label={t("warehouse")} name="warehouseId" defaultValue={values.warehouseId} error={errors.warehouseId} options={options.warehouses.map((w) => ({ value: w.id, label: `${w.code} ${w.name}` }))} />
        )}
        {locked ? (
          <Field label={t("currency")} value={currency} readOnly disabled />
        ) : (
          <SelectField label={t("currency")} name="currencyCode" value={currency} onChange={(e) => setCurrency(e.target.value)} error={errors.currencyCode} options={options.currencies.map((c) => ({ value: c, label: c }))} data-testid="order-currency" />
        )}
        <SelectField label={t("priceList")} name="priceListId" defaultValue={values.priceListId} error={errors.priceListId} options={[{ value: "", label: t("noPriceList") }, ...options.priceLists.map((p) => ({ value: p.id, label: `${p.name} (${p.currencyCode})` }))]} />
        <Field label={t("orderDate")} name="orderDate" type="date" defaultValue={values.orderDate} error={errors.orderDate} required hint={currency !== options.baseCurrency ? t("rateHint", { base: options.baseCurrency }) : undefined} />
        <Field label={t("requestedDate")} name="requestedDate" type="date" defaultValue={values.requestedDate} error={errors.requestedDate} />
        <Field label={t("paymentTerms")} name="paymentTermsDays" inputMode="numeric" defaultValue={values.paymentTermsDays} error={errors.paymentTermsDays} maxLength={4} />
        <Field label={t("customerReference")} name="customerReference" defaultValue={values.customerReference} error={errors.customerReference} maxLength={100} data-testid="order-customer-reference" />
        {area("shippingAddress")}
        <div className="grid grid-cols-2 gap-2">
          <SelectField label={t("prepaymentKind")} name="prepaymentKind" defaultValue={values.prepaymentKind} options={[{ value: "percent", label: t("prepaymentPercent") }, { value: "amount", label: t("prepaymentAmount") }]} />
          <Field label={t("prepayment")} name="prepayment" defaultValue={values.prepayment} error={errors.prepayment} maxLength={30} hint={t("prepaymentHint", { percent: options.account.prepaymentBp / 100 })} data-testid="order-prepayment" />
        </div>
        {area("notes")}
      </section>
      <section>
        <h2 className="mb-2 text-sm font-semibold">{t("lines")}</h2>
        <LineEditor rows={rows} onChange={setRows} currencyCode={currency} accountId={options.account.id} errors={errors} />
      </section>
      {locked && <Field label={t("reason")} name="reason" required maxLength={500} error={errors.reason} hint={t("reasonHint")} data-testid="order-change-reason" />}
      <FormStatus state={state} />
      <div className="flex gap-2">
        <Button type="submit" disabled={pending} data-testid="order-save">
          {locked ? t("saveChange") : t("save")}
        </Button>
        {values.id && (
          <Link href={`/app/sales/orders/${values.id}`} className={buttonClass("secondary")}>
            {t("cancelEdit")}
          </Link>
        )}
      </div>
    </form>
  );
}
