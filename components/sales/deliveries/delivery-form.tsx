"use client";

import { useActionState, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Badge } from "@/components/ui/card";
import { Field, inputClass, SelectField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { keepValues } from "./keep-values";
import { displayQuantity } from "@/components/stock/format";
import { saveDeliveryAction } from "@/lib/actions/deliveries";
import { formatQuantity } from "@/lib/domain/quantity";
import type { DeliverableLine } from "@/lib/sales/deliveries/find-deliverable-lines";

type Option = { value: string; label: string };
export type DeliveryFormValues = {
  id?: string;
  accountId: string;
  warehouseId: string;
  deliveryDate: string;
  shippingAddress: string;
  carrier: string;
  trackingNumber: string;
  notes: string;
  /** Quantity text per order line id; lines not named start empty. */
  quantities: Record<string, string>;
};

const NUM = "text-right tabular-nums";

/**
 * The delivery note's header and the customer's open order lines, each with the quantity to ship
 * now (partial quantities welcome; empty or 0 = not on this note). Lines travel as one JSON field.
 */
export function DeliveryForm({ values, warehouses, lines }: { values: DeliveryFormValues; warehouses: Option[]; lines: DeliverableLine[] }) {
  const t = useTranslations("deliveries.form");
  const locale = useLocale();
  const [state, action, pending] = useActionState(saveDeliveryAction, null);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const [quantities, setQuantities] = useState<Record<string, string>>(values.quantities);
  const payload = JSON.stringify(lines.map((l) => ({ orderLineId: l.orderLineId, quantity: (quantities[l.orderLineId] ?? "").trim() || "0" })));
  const fillAll = () => setQuantities(Object.fromEntries(lines.map((l) => [l.orderLineId, formatQuantity(l.open)])));

  return (
    <form onSubmit={keepValues(action)} className="space-y-5" data-testid="delivery-form">
      {values.id && <input type="hidden" name="id" value={values.id} />}
      <input type="hidden" name="accountId" value={values.accountId} />
      <input type="hidden" name="lines" value={payload} />
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <SelectField label={t("warehouse")} name="warehouseId" defaultValue={values.warehouseId} options={warehouses} error={errors.warehouseId} data-testid="delivery-warehouse" />
        <Field label={t("date")} name="deliveryDate" type="date" defaultValue={values.deliveryDate} required error={errors.deliveryDate} data-testid="delivery-date" />
        <Field label={t("carrier")} name="carrier" defaultValue={values.carrier} maxLength={100} error={errors.carrier} data-testid="delivery-carrier" />
        <Field label={t("trackingNumber")} name="trackingNumber" defaultValue={values.trackingNumber} maxLength={100} error={errors.trackingNumber} data-testid="delivery-tracking" />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <label className="block text-sm font-medium text-slate-700 dark:text-slate-300">
          {t("shippingAddress")}
          <textarea name="shippingAddress" rows={2} maxLength={1000} defaultValue={values.shippingAddress} className={`${inputClass} mt-1`} data-testid="delivery-address" />
        </label>
        <label className="block text-sm font-medium text-slate-700 dark:text-slate-300">
          {t("notes")}
          <textarea name="notes" rows={2} maxLength={1000} defaultValue={values.notes} className={`${inputClass} mt-1`} />
        </label>
      </div>

      <fieldset>
        <div className="mb-2 flex items-center justify-between gap-3">
          <legend className="text-sm font-medium text-slate-700 dark:text-slate-300">{t("lines")}</legend>
          <Button type="button" variant="secondary" onClick={fillAll} disabled={lines.length === 0} data-testid="fill-all">
            {t("fillAll")}
          </Button>
        </div>
        {lines.length === 0 ? (
          <p className="text-sm text-slate-500" data-testid="nothing-to-deliver">{t("nothingOpen")}</p>
        ) : (
          <div className="overflow-x-auto rounded-lg border border-slate-200 dark:border-slate-800">
            <table className="min-w-full text-left text-sm">
              <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-500 dark:bg-slate-800/50 dark:text-slate-400">
                <tr>
                  <th scope="col" className="px-3 py-2 font-medium">{t("order")}</th>
                  <th scope="col" className="px-3 py-2 font-medium">{t("product")}</th>
                  <th scope="col" className={`px-3 py-2 font-medium ${NUM}`}>{t("ordered")}</th>
                  <th scope="col" className={`px-3 py-2 font-medium ${NUM}`}>{t("delivered")}</th>
                  <th scope="col" className={`px-3 py-2 font-medium ${NUM}`}>{t("open")}</th>
                  <th scope="col" className="px-3 py-2 font-medium">{t("quantity")}</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
                {lines.map((l, i) => (
                  <tr key={l.orderLineId} data-testid="deliverable-line">
                    <td className="whitespace-nowrap px-3 py-2 font-mono">
                      {l.orderNumber} · {l.line}
                      {l.creditHold && <span className="ml-2"><Badge tone="red">{t("onHold")}</Badge></span>}
                    </td>
                    <td className="px-3 py-2">
                      <span className="font-mono text-xs text-slate-500">{l.sku}</span> {l.name || l.description}
                    </td>
                    <td className={`px-3 py-2 ${NUM}`}>{displayQuantity(l.ordered, locale)} <span className="text-xs text-slate-500">{l.uom}</span></td>
                    <td className={`px-3 py-2 ${NUM}`}>{displayQuantity(l.delivered, locale)}</td>
                    <td className={`px-3 py-2 ${NUM}`}>{displayQuantity(l.open, locale)}</td>
                    <td className="px-3 py-2">
                      <input
                        className={`${inputClass} w-28`}
                        inputMode="decimal"
                        value={quantities[l.orderLineId] ?? ""}
                        onChange={(e) => setQuantities((q) => ({ ...q, [l.orderLineId]: e.target.value }))}
                        placeholder="0"
                        aria-label={t("quantityFor", { line: `${l.orderNumber} · ${l.line}` })}
                        aria-invalid={errors[`lines.${i}.quantity`] ? true : undefined}
                        data-testid={`deliver-quantity-${i}`}
                      />
                      {errors[`lines.${i}.quantity`] && <p className="mt-1 text-xs text-red-600 dark:text-red-400">{errors[`lines.${i}.quantity`]}</p>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {errors.lines && <p className="mt-2 text-xs text-red-600 dark:text-red-400">{errors.lines}</p>}
      </fieldset>
      <FormStatus state={state} />
      <Button type="submit" disabled={pending || lines.length === 0} data-testid="save-delivery">
        {t("save")}
      </Button>
    </form>
  );
}
