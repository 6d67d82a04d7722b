"use client";

import { useActionState, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { displayQuantity } from "@/components/stock/format";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { createInvoiceAction } from "@/lib/actions/invoices";
import { basisPointsToPercent } from "@/lib/domain/basis-points";
import { displayMoney } from "@/lib/domain/money";
import { formatQuantity } from "@/lib/domain/quantity";
import type { InvoiceableLine } from "@/lib/sales/invoices/find-invoice-sources";
import { QuantityCell } from "./quantity-cell";

const NUM = "text-right tabular-nums";
const TH = "px-3 py-2 font-medium";

/**
 * A new invoice for one customer: open delivery lines (several deliveries into one invoice) and
 * open order lines of services and prepaid goods, each with the quantity to invoice now (empty
 * or 0 = not on this invoice). Lines travel as one JSON field; prices come from the order.
 */
export function InvoiceForm({ accountId, issueDate, lines, quantities: initial }: { accountId: string; issueDate: string; lines: InvoiceableLine[]; quantities: Record<string, string> }) {
  const t = useTranslations("invoices.form");
  const locale = useLocale();
  const [state, action, pending] = useActionState(createInvoiceAction, null);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const [quantities, setQuantities] = useState<Record<string, string>>(initial);
  const payload = JSON.stringify(lines.map((l) => ({ source: l.source, id: l.id, quantity: (quantities[l.id] ?? "").trim() || "0" })));
  const fillAll = () => setQuantities(Object.fromEntries(lines.map((l) => [l.id, formatQuantity(l.open)])));

  return (
    <form action={action} className="space-y-5" data-testid="invoice-form">
      <input type="hidden" name="accountId" value={accountId} />
      <input type="hidden" name="lines" value={payload} />
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <Field label={t("issueDate")} name="issueDate" type="date" defaultValue={issueDate} required error={errors.issueDate} data-testid="invoice-issue-date" />
        <Field label={t("buyerReference")} name="buyerReference" maxLength={200} error={errors.buyerReference} data-testid="invoice-buyer-reference" />
      </div>
      <label className="block text-sm font-medium text-slate-700 dark:text-slate-300">
        {t("notes")}
        <textarea name="notes" rows={2} maxLength={2000} className={`${inputClass} mt-1`} data-testid="invoice-notes" />
      </label>

      <fieldset>
        <div className="mb-2 flex items-center justify-between gap-3">
          <legend className="text-sm font-medium text-slate-700 dark:text-slate-300">{t("lines")}</legend>
          <Button type="button" variant="secondary" onClick={fillAll} disabled={lines.length === 0} data-testid="invoice-fill-all">
            {t("fillAll")}
          </Button>
        </div>
        {lines.length === 0 ? (
          <p className="text-sm text-slate-500" data-testid="nothing-to-invoice">{t("nothingOpen")}</p>
        ) : (
          <div className="overflow-x-auto rounded-lg border border-slate-200 dark:border-slate-800">
            <table className="min-w-full text-left text-sm">
              <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-500 dark:bg-slate-800/50 dark:text-slate-400">
                <tr>
                  <th scope="col" className={TH}>{t("source")}</th>
                  <th scope="col" className={TH}>{t("product")}</th>
                  <th scope="col" className={`${TH} ${NUM}`}>{t("unitPrice")}</th>
                  <th scope="col" className={`${TH} ${NUM}`}>{t("open")}</th>
                  <th scope="col" className={TH}>{t("quantity")}</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
                {lines.map((l, i) => {
                  const from = l.source === "delivery" ? t("delivery", { number: l.documentNumber }) : t("order", { number: l.documentNumber });
                  return (
                    <tr key={l.id} data-testid="invoiceable-line">
                      <td className="whitespace-nowrap px-3 py-2">
                        <span className="font-mono">{from}</span>
                        <span className="ml-2 text-xs text-slate-500">{l.documentDate}</span>
                      </td>
                      <td className="px-3 py-2">
                        <span className="font-mono text-xs text-slate-500">{l.sku}</span> {l.description}
                      </td>
                      <td className={`whitespace-nowrap px-3 py-2 ${NUM}`}>
                        {displayMoney(l.unitPrice, l.currencyCode, locale)}
                        {l.discountBp > 0 && <span className="ml-1 text-xs text-slate-500">−{basisPointsToPercent(l.discountBp)}%</span>}
                        <span className="ml-1 text-xs text-slate-500">{basisPointsToPercent(l.vatRateBp)}%</span>
                      </td>
                      <td className={`whitespace-nowrap px-3 py-2 ${NUM}`}>{displayQuantity(l.open, locale)} <span className="text-xs text-slate-500">{l.uom}</span></td>
                      <QuantityCell
                        value={quantities[l.id] ?? ""}
                        onChange={(v) => setQuantities((q) => ({ ...q, [l.id]: v }))}
                        label={t("quantityFor", { line: `${from} · ${l.description}` })}
                        error={errors[`lines.${i}.quantity`]}
                        testId={`invoice-quantity-${i}`}
                      />
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
        {errors.lines && <p className="mt-2 text-xs text-red-600 dark:text-red-400">{errors.lines}</p>}
      </fieldset>
      <FormStatus state={state} />
      <Button type="submit" disabled={pending || lines.length === 0} data-testid="create-invoice">
        {t("create")}
      </Button>
    </form>
  );
}
