"use client";

import { useLocale, useTranslations } from "next-intl";
import { inputClass } from "@/components/ui/field";
import { displayMoney } from "@/lib/domain/money";

export type GridInvoice = { id: string; number: string; dueDate: string; open: number; currencyCode: string };

/**
 * The allocation grid: one row per open invoice (oldest due first) with an editable amount.
 * Posts `allocInvoice` / `allocAmount` pairs for the rows that have an amount.
 */
export function AllocationGrid({ invoices, values, onChange, currencyCode }: { invoices: GridInvoice[]; values: Record<string, string>; onChange: (id: string, value: string) => void; currencyCode: string }) {
  const t = useTranslations("payments.form");
  const locale = useLocale();
  if (invoices.length === 0) return <p className="text-sm text-slate-500" data-testid="no-open-invoices">{t("noOpenInvoices")}</p>;
  return (
    <table className="w-full text-sm" data-testid="allocation-grid">
      <thead>
        <tr className="border-b border-slate-200 text-left text-xs text-slate-500 dark:border-slate-700">
          <th className="py-2">{t("invoice")}</th>
          <th className="py-2">{t("dueDate")}</th>
          <th className="py-2 text-right">{t("open")}</th>
          <th className="w-40 py-2 text-right">{t("allocate")}</th>
        </tr>
      </thead>
      <tbody>
        {invoices.map((inv) => {
          const value = values[inv.id] ?? "";
          return (
            <tr key={inv.id} className="border-b border-slate-100 dark:border-slate-800">
              <td className="py-1.5">{inv.number}</td>
              <td className="py-1.5">{inv.dueDate}</td>
              <td className="py-1.5 text-right tabular-nums">{displayMoney(inv.open, currencyCode, locale)}</td>
              <td className="py-1.5">
                {value.trim() !== "" && (
                  <>
                    <input type="hidden" name="allocInvoice" value={inv.id} />
                    <input type="hidden" name="allocAmount" value={value} />
                  </>
                )}
                <input
                  aria-label={`${t("allocate")} ${inv.number}`}
                  className={`${inputClass} text-right`}
                  inputMode="decimal"
                  value={value}
                  onChange={(e) => onChange(inv.id, e.target.value)}
                  data-testid={`alloc-${inv.number}`}
                />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
