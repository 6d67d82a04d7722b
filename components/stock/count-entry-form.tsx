"use client";

import { useActionState, useMemo, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { saveCountAction } from "@/lib/actions/stock-counts";
import { formatQuantity, tryParseQuantity } from "@/lib/domain/quantity";
import { displayQuantity, displaySignedQuantity } from "./format";

type Line = { productId: string; sku: string; name: string; uom: string; expected: number; counted: number | null };

/**
 * Counted quantities for every line of a draft count. Inputs are controlled so what was typed
 * survives a failed save; the search box only hides rows (hidden inputs still submit).
 */
export function CountEntryForm({ id, lines }: { id: string; lines: Line[] }) {
  const t = useTranslations("stock.counts.entry");
  const locale = useLocale();
  const [state, action, pending] = useActionState(saveCountAction, null);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const [values, setValues] = useState<Record<string, string>>(() => Object.fromEntries(lines.map((l) => [l.productId, l.counted === null ? "" : formatQuantity(l.counted)])));
  const [filter, setFilter] = useState("");
  const needle = filter.trim().toLowerCase();
  const visible = useMemo(() => new Set(lines.filter((l) => !needle || l.sku.toLowerCase().includes(needle) || l.name.toLowerCase().includes(needle)).map((l) => l.productId)), [lines, needle]);

  return (
    <form action={action} className="space-y-3" data-testid="count-entry-form">
      <input type="hidden" name="id" value={id} />
      <div className="flex flex-wrap items-end justify-between gap-3">
        <p className="text-xs text-slate-500">{t("hint")}</p>
        <input className={`${inputClass} max-w-xs`} value={filter} onChange={(e) => setFilter(e.target.value)} placeholder={t("filter")} aria-label={t("filter")} data-testid="count-filter" />
      </div>
      <div className="max-h-[32rem] overflow-auto rounded-lg border border-slate-200 dark:border-slate-800">
        <table className="min-w-full text-left text-sm">
          <thead className="sticky top-0 bg-slate-50 text-xs uppercase tracking-wide text-slate-500 dark:bg-slate-800 dark:text-slate-400">
            <tr>
              <th scope="col" className="px-3 py-2 font-medium">SKU</th>
              <th scope="col" className="px-3 py-2 font-medium" />
              <th scope="col" className="px-3 py-2 text-right font-medium">{t("expected")}</th>
              <th scope="col" className="px-3 py-2 font-medium">{t("counted")}</th>
              <th scope="col" className="px-3 py-2 text-right font-medium">{t("difference")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
            {lines.map((l) => {
              const typed = values[l.productId] ?? "";
              const counted = typed.trim() === "" ? null : tryParseQuantity(typed.trim());
              const diff = counted === null ? null : counted - l.expected;
              const error = errors[`counted.${l.productId}`];
              return (
                <tr key={l.productId} className={visible.has(l.productId) ? "" : "hidden"} data-testid="count-line" data-sku={l.sku}>
                  <td className="whitespace-nowrap px-3 py-1.5 font-mono">{l.sku}</td>
                  <td className="px-3 py-1.5">{l.name}</td>
                  <td className="whitespace-nowrap px-3 py-1.5 text-right tabular-nums">
                    {displayQuantity(l.expected, locale)} <span className="text-xs text-slate-500">{l.uom}</span>
                  </td>
                  <td className="px-3 py-1.5">
                    <input
                      name={`counted.${l.productId}`}
                      className={`${inputClass} w-28 py-1`}
                      inputMode="decimal"
                      value={typed}
                      onChange={(e) => setValues((v) => ({ ...v, [l.productId]: e.target.value }))}
                      aria-label={`${t("counted")} ${l.sku}`}
                      aria-invalid={error ? true : undefined}
                      data-testid="count-input"
                    />
                    {error && <p className="mt-1 text-xs text-red-600 dark:text-red-400">{error}</p>}
                  </td>
                  <td className={`whitespace-nowrap px-3 py-1.5 text-right tabular-nums ${diff ? "font-medium text-amber-700 dark:text-amber-400" : "text-slate-400"}`}>
                    {diff === null ? "" : displaySignedQuantity(diff, locale)}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <FormStatus state={state} success={state?.ok ? t("saved", { count: state.data?.changed ?? 0 }) : undefined} />
      <Button type="submit" variant="secondary" disabled={pending} data-testid="save-count">
        {t("save")}
      </Button>
    </form>
  );
}
