"use client";

import { useActionState, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { displayQuantity } from "@/components/stock/format";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { creditNoteAction } from "@/lib/actions/invoices";
import { formatQuantity } from "@/lib/domain/quantity";
import { QuantityCell } from "./quantity-cell";

export type CreditableLine = { id: string; position: number; description: string; uom: string; creditable: number };

/** A credit note against an issued invoice: a reason and, per line, the quantity to credit. */
export function CreditNoteForm({ invoiceId, lines }: { invoiceId: string; lines: CreditableLine[] }) {
  const t = useTranslations("invoices.credit");
  const locale = useLocale();
  const [state, action, pending] = useActionState(creditNoteAction, null);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const [quantities, setQuantities] = useState<Record<string, string>>({});
  const payload = JSON.stringify(lines.map((l) => ({ originalLineId: l.id, quantity: (quantities[l.id] ?? "").trim() || "0" })));
  const all = () => setQuantities(Object.fromEntries(lines.map((l) => [l.id, formatQuantity(l.creditable)])));

  return (
    <form action={action} className="space-y-3" data-testid="credit-note-form">
      <p className="text-sm text-slate-600 dark:text-slate-300">{t("hint")}</p>
      <input type="hidden" name="id" value={invoiceId} />
      <input type="hidden" name="lines" value={payload} />
      <Field label={t("reason")} name="reason" required maxLength={500} error={errors.reason} data-testid="credit-reason" />
      <div className="overflow-x-auto rounded-lg border border-slate-200 dark:border-slate-800">
        <table className="min-w-full text-left text-sm">
          <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
            {lines.map((l, i) => (
              <tr key={l.id}>
                <td className="px-3 py-2 tabular-nums text-slate-500">{l.position}</td>
                <td className="px-3 py-2">{l.description}</td>
                <td className="whitespace-nowrap px-3 py-2 text-right tabular-nums">
                  {t("creditable")}: {displayQuantity(l.creditable, locale)} <span className="text-xs text-slate-500">{l.uom}</span>
                </td>
                <QuantityCell
                  value={quantities[l.id] ?? ""}
                  onChange={(v) => setQuantities((q) => ({ ...q, [l.id]: v }))}
                  disabled={l.creditable === 0}
                  label={t("quantityFor", { line: l.position })}
                  error={errors[`lines.${i}.quantity`]}
                  testId={`credit-quantity-${i}`}
                />
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {errors.lines && <p className="text-xs text-red-600 dark:text-red-400">{errors.lines}</p>}
      <FormStatus state={state} />
      <div className="flex flex-wrap gap-2">
        <Button type="button" variant="secondary" onClick={all} data-testid="credit-all">
          {t("all")}
        </Button>
        <Button type="submit" disabled={pending} data-testid="issue-credit-note">
          {t("submit")}
        </Button>
      </div>
    </form>
  );
}
