"use client";

import { useRef } from "react";
import { useLocale, useTranslations } from "next-intl";
import { Plus, Trash2 } from "lucide-react";
import { cellClass } from "@/components/lines/line-cell-class";
import { LineProductCell } from "@/components/lines/line-product-cell";
import { Button } from "@/components/ui/button";
import { quoteLineFactsAction } from "@/lib/actions/quotes";
import { displayMoney } from "@/lib/domain/money";
import type { LineProductChoice } from "@/lib/pricing/find-line-product-choices";
import type { QuoteFormLine } from "@/lib/sales/quotes/find-quote-form";
import { priceRows, type PricedRow } from "./price-rows";

/** One row as typed; `key` keeps React rows stable. */
export type QuoteEditorRow = QuoteFormLine & { key: string };

const NUMBER_FIELDS = ["quantity", "unitPrice", "discount", "vatRate"] as const;
type NumberField = (typeof NUMBER_FIELDS)[number];

let counter = 0;
export function newQuoteRow(line?: QuoteFormLine): QuoteEditorRow {
  counter += 1;
  return { key: `row-${counter}`, ...(line ?? { productId: "", sku: "", description: "", quantity: "1", unitPrice: "", discount: "", vatRate: "", uomDecimals: true, unitCost: null }) };
}

/** The rows as the save actions expect them (the `lines` JSON field). */
export function quoteRowsPayload(rows: QuoteEditorRow[]): string {
  return JSON.stringify(rows.map(({ productId, description, quantity, unitPrice, discount, vatRate }) => ({ productId, description, quantity, unitPrice, discount, vatRate })));
}

type Props = {
  rows: QuoteEditorRow[];
  /** A state setter: updates apply to the latest rows (a product's facts arrive after the pick). */
  onChange: React.Dispatch<React.SetStateAction<QuoteEditorRow[]>>;
  currencyCode: string;
  accountId: string;
  pricesIncludeTax: boolean;
  /** Margin is shown only to cost readers and only when the quote is in the base currency (costs are). */
  showMargin: boolean;
  errors: Record<string, string>;
};

/**
 * The quote's spreadsheet: the shared product search cell (components/lines) plus quantity,
 * unit price, discount and VAT rate; picking a product fills its price and VAT rate. Enter in a
 * number cell goes down a row (adding one at the end). Amounts use the server's exact rules.
 */
export function QuoteLineEditor({ rows, onChange, currencyCode, accountId, pricesIncludeTax, showMargin, errors }: Props) {
  const t = useTranslations("quotes");
  const tl = useTranslations("lines");
  const locale = useLocale();
  const table = useRef<HTMLTableElement>(null);
  const setRow = (key: string, patch: (row: QuoteEditorRow) => Partial<QuoteEditorRow>) => onChange((current) => current.map((r) => (r.key === key ? { ...r, ...patch(r) } : r)));
  const set = (i: number, patch: Partial<QuoteEditorRow>) => setRow(rows[i].key, () => patch);
  const pick = async (i: number, choice: LineProductChoice) => {
    const key = rows[i].key;
    setRow(key, (r) => ({ productId: choice.id, sku: choice.sku, description: locale === "en" ? choice.nameEn : choice.nameZh, unitPrice: choice.price.usable ? choice.price.text : r.unitPrice, uomDecimals: choice.uomDecimals, vatRate: "" }));
    const facts = await quoteLineFactsAction({ productId: choice.id });
    // Only if the row still holds that product (the rep may have picked another meanwhile).
    if (facts) setRow(key, (r) => (r.productId === choice.id ? { vatRate: facts.vatRate, unitCost: facts.unitCost } : {}));
  };
  const focusCell = (row: number, field: NumberField) => requestAnimationFrame(() => table.current?.querySelector<HTMLInputElement>(`[data-cell="${row}-${field}"]`)?.focus());
  const onNumberKey = (i: number, field: NumberField) => (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key !== "Enter") return;
    e.preventDefault();
    if (i === rows.length - 1) onChange([...rows, newQuoteRow()]);
    focusCell(i + 1, field);
  };
  const priced: PricedRow[] = priceRows(rows, currencyCode, pricesIncludeTax);

  return (
    <div className="overflow-x-auto">
      <table ref={table} className="w-full min-w-[860px] text-sm" data-testid="line-editor">
        <thead>
          <tr className="border-b border-slate-200 text-left text-xs text-slate-500 dark:border-slate-700">
            <th className="w-8 py-2">#</th>
            <th className="py-2">{tl("columns.description")}</th>
            <th className="w-20 py-2 text-right">{tl("columns.quantity")}</th>
            <th className="w-28 py-2 text-right">{tl("columns.unitPrice")}</th>
            <th className="w-20 py-2 text-right">{tl("columns.discount")}</th>
            <th className="w-20 py-2 text-right">{t("columns.vatRate")}</th>
            <th className="w-28 py-2 text-right">{t("columns.net")}</th>
            {showMargin && <th className="w-28 py-2 text-right">{t("columns.margin")}</th>}
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
                  onPick={(choice) => void pick(i, choice)}
                  onClearProduct={() => set(i, { productId: "", sku: "", uomDecimals: true, unitCost: null })}
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
                    maxLength={field === "discount" || field === "vatRate" ? 6 : 30}
                    placeholder={field === "vatRate" ? t("form.vatFromProduct") : undefined}
                    aria-label={field === "vatRate" ? t("columns.vatRate") : tl(`columns.${field}`)}
                    aria-invalid={errors[`lines.${i}.${field}`] ? true : undefined}
                    className={cellClass(errors[`lines.${i}.${field}`], "right")}
                    data-cell={`${i}-${field}`}
                    data-testid={`line-${field}-${i}`}
                  />
                  <CellError error={errors[`lines.${i}.${field}`]} />
                </td>
              ))}
              <td className="py-2.5 pr-2 text-right tabular-nums" data-testid={`line-amount-${i}`}>
                {priced[i].net === null ? "—" : displayMoney(priced[i].net, currencyCode, locale)}
              </td>
              {showMargin && (
                <td className="py-2.5 pr-2 text-right tabular-nums text-slate-600" data-testid={`line-margin-${i}`}>
                  {priced[i].margin === null ? "—" : displayMoney(priced[i].margin, currencyCode, locale)}
                </td>
              )}
              <td className="py-1.5 text-right">
                <button type="button" onClick={() => onChange(rows.filter((_, j) => j !== i))} className="rounded p-1 text-slate-400 hover:bg-red-50 hover:text-red-600" aria-label={tl("remove")} data-testid={`line-remove-${i}`}>
                  <Trash2 className="h-4 w-4" aria-hidden />
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="mt-3">
        <Button type="button" variant="secondary" onClick={() => onChange([...rows, newQuoteRow()])} data-testid="line-add">
          <Plus className="h-4 w-4" aria-hidden />
          {tl("add")}
        </Button>
      </div>
      {errors.lines && <CellError error={errors.lines} />}
    </div>
  );
}

function CellError({ error }: { error?: string }) {
  return error ? <p className="mt-0.5 text-xs text-red-600 dark:text-red-400">{error}</p> : null;
}
