"use client";

import { useRef } from "react";
import { useLocale, useTranslations } from "next-intl";
import { Plus, Trash2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import { isLineProblem, linesTotal, parseLine } from "@/lib/domain/line-input";
import { displayMoney } from "@/lib/domain/money";
import type { LineProductChoice } from "@/lib/pricing/find-line-product-choices";
import { cellClass } from "./line-cell-class";
import { LineProductCell } from "./line-product-cell";

/** One row as typed. `key` only keeps React rows stable; `uomDecimals` comes with a picked product. */
export type EditorRow = { key: string; productId: string; sku: string; description: string; quantity: string; unitPrice: string; discount: string; uomDecimals?: boolean };

const NUMBER_FIELDS = ["quantity", "unitPrice", "discount"] as const;
type NumberField = (typeof NUMBER_FIELDS)[number];

let counter = 0;
export function emptyRow(): EditorRow {
  counter += 1;
  return { key: `new-${counter}`, productId: "", sku: "", description: "", quantity: "1", unitPrice: "", discount: "" };
}

/** The rows as the save actions expect them (the `lines` JSON field). */
export function rowsPayload(rows: EditorRow[]): string {
  return JSON.stringify(rows.map(({ productId, description, quantity, unitPrice, discount }) => ({ productId, description, quantity, unitPrice, discount })));
}

type Props = { rows: EditorRow[]; onChange: (rows: EditorRow[]) => void; currencyCode: string; accountId: string; errors: Record<string, string> };

/**
 * The document line editor (opportunities now; quotes, orders and invoices reuse it): type a
 * description or search a product, then quantity, unit price and discount. Enter in a number cell
 * goes to the same cell of the next row, adding a row at the end. Amounts and the total are
 * computed with the same exact rules the server applies.
 */
export function LineEditor({ rows, onChange, currencyCode, accountId, errors }: Props) {
  const t = useTranslations("lines");
  const locale = useLocale();
  const table = useRef<HTMLTableElement>(null);
  const set = (i: number, patch: Partial<EditorRow>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const pick = (i: number, choice: LineProductChoice) =>
    set(i, {
      productId: choice.id,
      sku: choice.sku,
      description: locale === "en" ? choice.nameEn : choice.nameZh,
      unitPrice: choice.price.usable ? choice.price.text : rows[i].unitPrice,
      uomDecimals: choice.uomDecimals,
    });

  const focusCell = (row: number, field: NumberField) => requestAnimationFrame(() => table.current?.querySelector<HTMLInputElement>(`[data-cell="${row}-${field}"]`)?.focus());
  const onNumberKey = (i: number, field: NumberField) => (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key !== "Enter") return;
    e.preventDefault();
    if (i === rows.length - 1) onChange([...rows, emptyRow()]);
    focusCell(i + 1, field);
  };

  const amounts = rows.map((row, i) => {
    const parsed = parseLine({ ...row, productId: row.productId || null }, i, currencyCode, row.productId ? { uomDecimals: row.uomDecimals ?? true, name: row.description } : null);
    return isLineProblem(parsed) ? null : parsed.amount;
  });
  const total = linesTotal(amounts.map((amount) => ({ amount: amount ?? 0 })));

  return (
    <div className="overflow-x-auto">
      <table ref={table} className="w-full min-w-[720px] text-sm" data-testid="line-editor">
        <thead>
          <tr className="border-b border-slate-200 text-left text-xs text-slate-500 dark:border-slate-700">
            <th className="w-8 py-2">#</th>
            <th className="py-2">{t("columns.description")}</th>
            <th className="w-24 py-2 text-right">{t("columns.quantity")}</th>
            <th className="w-32 py-2 text-right">{t("columns.unitPrice")}</th>
            <th className="w-20 py-2 text-right">{t("columns.discount")}</th>
            <th className="w-32 py-2 text-right">{t("columns.amount")}</th>
            <th className="w-10" />
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={row.key} className="border-b border-slate-100 align-top dark:border-slate-800" data-testid="line-row">
              <td className="py-1.5 pr-2 text-xs text-slate-500">{i + 1}</td>
              <td className="py-1.5 pr-2">
                <LineProductCell
                  index={i}
                  description={row.description}
                  sku={row.sku}
                  accountId={accountId}
                  currencyCode={currencyCode}
                  error={errors[`lines.${i}.description`] ?? errors[`lines.${i}.productId`]}
                  onText={(description) => set(i, { description })}
                  onPick={(choice) => pick(i, choice)}
                  onClearProduct={() => set(i, { productId: "", sku: "", uomDecimals: undefined })}
                />
                <CellError error={errors[`lines.${i}.description`] ?? errors[`lines.${i}.productId`]} />
              </td>
              {NUMBER_FIELDS.map((field) => (
                <td key={field} className="py-1.5 pr-2">
                  <input
                    value={row[field]}
                    onChange={(e) => set(i, { [field]: e.target.value })}
                    onKeyDown={onNumberKey(i, field)}
                    inputMode="decimal"
                    maxLength={field === "discount" ? 6 : 30}
                    aria-label={t(`columns.${field}`)}
                    aria-invalid={errors[`lines.${i}.${field}`] ? true : undefined}
                    className={cellClass(errors[`lines.${i}.${field}`], "right")}
                    data-cell={`${i}-${field}`}
                    data-testid={`line-${field}-${i}`}
                  />
                  <CellError error={errors[`lines.${i}.${field}`]} />
                </td>
              ))}
              <td className="py-2.5 pr-2 text-right tabular-nums" data-testid={`line-amount-${i}`}>
                {amounts[i] === null ? "—" : displayMoney(amounts[i], currencyCode, locale)}
              </td>
              <td className="py-1.5 text-right">
                <button type="button" onClick={() => onChange(rows.filter((_, j) => j !== i))} className="rounded p-1 text-slate-400 hover:bg-red-50 hover:text-red-600" aria-label={t("remove")} data-testid={`line-remove-${i}`}>
                  <Trash2 className="h-4 w-4" aria-hidden />
                </button>
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <td colSpan={5} className="pt-3">
              <Button type="button" variant="secondary" onClick={() => onChange([...rows, emptyRow()])} data-testid="line-add">
                <Plus className="h-4 w-4" aria-hidden />
                {t("add")}
              </Button>
            </td>
            <td className="pt-3 text-right font-semibold tabular-nums" data-testid="lines-total">
              {displayMoney(total, currencyCode, locale)}
            </td>
            <td />
          </tr>
        </tfoot>
      </table>
      {errors.lines && <CellError error={errors.lines} />}
    </div>
  );
}

function CellError({ error }: { error?: string }) {
  return error ? <p className="mt-0.5 text-xs text-red-600 dark:text-red-400">{error}</p> : null;
}
