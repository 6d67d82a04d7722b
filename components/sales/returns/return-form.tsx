"use client";

import { useActionState, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { keepValues } from "@/components/sales/deliveries/keep-values";
import { displayQuantity } from "@/components/stock/format";
import { createReturnAction } from "@/lib/actions/returns";
import type { ReturnableLine } from "@/lib/sales/returns/find-returnable-lines";

const NUM = "text-right tabular-nums";
type Entry = { quantity: string; disposition: "restock" | "scrap" };

/** A return against one delivery: per line how much comes back and whether it is restocked or scrapped. */
export function ReturnForm({ deliveryId, returnDate, lines }: { deliveryId: string; returnDate: string; lines: ReturnableLine[] }) {
  const t = useTranslations("deliveries.returns.form");
  const locale = useLocale();
  const [state, action, pending] = useActionState(createReturnAction, null);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const [entries, setEntries] = useState<Record<string, Entry>>({});
  const entry = (id: string): Entry => entries[id] ?? { quantity: "", disposition: "restock" };
  const update = (id: string, patch: Partial<Entry>) => setEntries((all) => ({ ...all, [id]: { ...entry(id), ...patch } }));
  const payload = JSON.stringify(lines.map((l) => ({ deliveryLineId: l.deliveryLineId, quantity: entry(l.deliveryLineId).quantity.trim() || "0", disposition: entry(l.deliveryLineId).disposition })));

  return (
    <form onSubmit={keepValues(action)} className="space-y-5" data-testid="return-form">
      <input type="hidden" name="deliveryId" value={deliveryId} />
      <input type="hidden" name="lines" value={payload} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t("date")} name="returnDate" type="date" required defaultValue={returnDate} error={errors.returnDate} data-testid="return-date" />
        <Field label={t("reason")} name="reason" required maxLength={500} error={errors.reason} data-testid="return-reason" />
      </div>
      <div className="overflow-x-auto rounded-lg border border-slate-200 dark:border-slate-800">
        <table className="min-w-full text-left text-sm">
          <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-500 dark:bg-slate-800/50 dark:text-slate-400">
            <tr>
              <th scope="col" className="px-3 py-2 font-medium">{t("product")}</th>
              <th scope="col" className={`px-3 py-2 font-medium ${NUM}`}>{t("delivered")}</th>
              <th scope="col" className={`px-3 py-2 font-medium ${NUM}`}>{t("returned")}</th>
              <th scope="col" className={`px-3 py-2 font-medium ${NUM}`}>{t("returnable")}</th>
              <th scope="col" className="px-3 py-2 font-medium">{t("quantity")}</th>
              <th scope="col" className="px-3 py-2 font-medium">{t("disposition")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
            {lines.map((l, i) => (
              <tr key={l.deliveryLineId} data-testid="returnable-line">
                <td className="px-3 py-2">
                  <span className="font-mono text-xs text-slate-500">{l.orderNumber} · {l.line} · {l.sku}</span> {l.name}
                </td>
                <td className={`px-3 py-2 ${NUM}`}>{displayQuantity(l.delivered, locale)} <span className="text-xs text-slate-500">{l.uom}</span></td>
                <td className={`px-3 py-2 ${NUM}`}>{displayQuantity(l.returned, locale)}</td>
                <td className={`px-3 py-2 ${NUM}`}>{displayQuantity(l.returnable, locale)}</td>
                <td className="px-3 py-2">
                  <input
                    className={`${inputClass} w-28`}
                    inputMode="decimal"
                    value={entry(l.deliveryLineId).quantity}
                    onChange={(e) => update(l.deliveryLineId, { quantity: e.target.value })}
                    placeholder="0"
                    disabled={l.returnable === 0}
                    aria-label={t("quantityFor", { line: `${l.orderNumber} · ${l.line}` })}
                    data-testid={`return-quantity-${i}`}
                  />
                  {errors[`lines.${i}.quantity`] && <p className="mt-1 text-xs text-red-600 dark:text-red-400">{errors[`lines.${i}.quantity`]}</p>}
                </td>
                <td className="px-3 py-2">
                  <select
                    className={inputClass}
                    value={entry(l.deliveryLineId).disposition}
                    onChange={(e) => update(l.deliveryLineId, { disposition: e.target.value === "scrap" ? "scrap" : "restock" })}
                    aria-label={t("dispositionFor", { line: `${l.orderNumber} · ${l.line}` })}
                    data-testid={`return-disposition-${i}`}
                  >
                    <option value="restock">{t("restock")}</option>
                    <option value="scrap">{t("scrap")}</option>
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {errors.lines && <p className="text-xs text-red-600 dark:text-red-400">{errors.lines}</p>}
      <label className="block text-sm font-medium text-slate-700 dark:text-slate-300">
        {t("notes")}
        <textarea name="notes" rows={2} maxLength={1000} className={`${inputClass} mt-1`} />
      </label>
      <FormStatus state={state} />
      <Button type="submit" disabled={pending} data-testid="save-return">
        {t("save")}
      </Button>
    </form>
  );
}
