"use client";

import { useActionState, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { Plus, Trash2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Field, inputClass, SelectField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { postAdjustmentAction, postReceiptAction, postTransferAction } from "@/lib/actions/stock-operations";
import { displayMoney, formatMoney, lineAmount, sumMoney, tryParseMoney } from "@/lib/domain/money";
import { tryParseQuantity } from "@/lib/domain/quantity";
import { ADJUSTMENT_REASONS } from "@/lib/stock/stock-types";
import { ProductPicker, type PickedProduct } from "./product-picker";

export type OperationKind = "receipt" | "adjustment" | "transfer";
type Line = { key: number; product: PickedProduct | null; quantity: string; unitCost: string };
type Option = { value: string; label: string; isDefault: boolean };

const ACTIONS = { receipt: postReceiptAction, adjustment: postAdjustmentAction, transfer: postTransferAction };
let nextKey = 1;
const emptyLine = (): Line => ({ key: nextKey++, product: null, quantity: "", unitCost: "" });

/** A receipt, adjustment or transfer with its line editor; lines travel as one JSON field. */
export function OperationForm({ kind, warehouses, currency }: { kind: OperationKind; warehouses: Option[]; currency: string }) {
  const t = useTranslations("stock");
  const locale = useLocale();
  const [state, action, pending] = useActionState(ACTIONS[kind], null);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const initial = warehouses.find((w) => w.isDefault)?.value ?? warehouses[0]?.value ?? "";
  const [warehouseId, setWarehouseId] = useState(initial);
  const [toWarehouseId, setToWarehouseId] = useState(warehouses.find((w) => w.value !== initial)?.value ?? "");
  const [lines, setLines] = useState<Line[]>(() => [emptyLine()]);
  const update = (key: number, patch: Partial<Line>) => setLines((all) => all.map((l) => (l.key === key ? { ...l, ...patch } : l)));

  const payload = JSON.stringify(lines.map((l) => ({ productId: l.product?.id ?? "", quantity: l.quantity, ...(kind === "receipt" ? { unitCost: l.unitCost } : {}) })));
  // Receipts show each line's value as it will be posted (same exact rounding as the server).
  const values = lines.map((l) => {
    const q = tryParseQuantity(l.quantity.trim());
    const c = tryParseMoney(l.unitCost.trim(), currency);
    return q !== null && c !== null && q > 0 && c >= 0 ? lineAmount(c, q) : null;
  });
  const total = values.every((v) => v !== null) ? sumMoney(values as number[]) : null;

  return (
    <form action={action} className="space-y-5" data-testid={`operation-form-${kind}`}>
      <input type="hidden" name="lines" value={payload} />
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <SelectField
          label={kind === "transfer" ? t("form.fromWarehouse") : t("form.warehouse")}
          name="warehouseId"
          value={warehouseId}
          onChange={(e) => setWarehouseId(e.target.value)}
          options={warehouses}
          error={errors.warehouseId}
          data-testid="op-warehouse"
        />
        {kind === "transfer" && (
          <SelectField label={t("form.toWarehouse")} name="toWarehouseId" value={toWarehouseId} onChange={(e) => setToWarehouseId(e.target.value)} options={warehouses} error={errors.toWarehouseId} data-testid="op-to-warehouse" />
        )}
        {kind === "receipt" && <Field label={t("form.supplierRef")} name="supplierRef" maxLength={100} hint={t("form.supplierRefHint")} error={errors.supplierRef} data-testid="op-supplier-ref" />}
        {kind === "adjustment" && (
          <SelectField label={t("form.reason")} name="reason" defaultValue="correction" options={ADJUSTMENT_REASONS.map((r) => ({ value: r, label: t(`reasons.${r}`) }))} error={errors.reason} data-testid="op-reason" />
        )}
      </div>

      <fieldset>
        <legend className="mb-2 text-sm font-medium text-slate-700 dark:text-slate-300">{t("form.lines")}</legend>
        {kind === "adjustment" && <p className="mb-2 text-xs text-slate-500">{t("form.adjustmentHint")}</p>}
        <ol className="space-y-3">
          {lines.map((line, i) => (
            <li key={line.key} className="grid items-start gap-2 rounded-lg border border-slate-200 p-3 sm:grid-cols-[minmax(0,1fr)_9rem_auto] lg:grid-cols-[minmax(0,1fr)_9rem_10rem_8rem_auto] dark:border-slate-800" data-testid="op-line">
              <ProductPicker
                index={i}
                warehouseId={warehouseId}
                value={line.product}
                error={errors[`lines.${i}.productId`]}
                onChange={(product) =>
                  update(line.key, {
                    product,
                    // Prefill a receipt's cost with the current average, the usual starting point.
                    ...(kind === "receipt" && product && line.unitCost === "" && product.averageCost !== null ? { unitCost: formatMoney(product.averageCost, currency) } : {}),
                  })
                }
              />
              <div>
                <input
                  className={inputClass}
                  inputMode="decimal"
                  value={line.quantity}
                  onChange={(e) => update(line.key, { quantity: e.target.value })}
                  placeholder={t("form.quantity")}
                  aria-label={t("form.quantity")}
                  aria-invalid={errors[`lines.${i}.quantity`] ? true : undefined}
                  data-testid={`line-quantity-${i}`}
                />
                {errors[`lines.${i}.quantity`] && <p className="mt-1 text-xs text-red-600 dark:text-red-400">{errors[`lines.${i}.quantity`]}</p>}
              </div>
              {kind === "receipt" && (
                <>
                  <div>
                    <input
                      className={inputClass}
                      inputMode="decimal"
                      value={line.unitCost}
                      onChange={(e) => update(line.key, { unitCost: e.target.value })}
                      placeholder={t("form.unitCost", { currency })}
                      aria-label={t("form.unitCost", { currency })}
                      aria-invalid={errors[`lines.${i}.unitCost`] ? true : undefined}
                      data-testid={`line-cost-${i}`}
                    />
                    {errors[`lines.${i}.unitCost`] && <p className="mt-1 text-xs text-red-600 dark:text-red-400">{errors[`lines.${i}.unitCost`]}</p>}
                  </div>
                  <p className="py-2 text-right text-sm tabular-nums text-slate-600 dark:text-slate-300" aria-label={t("form.lineValue")}>
                    {values[i] === null ? "" : displayMoney(values[i], currency, locale)}
                  </p>
                </>
              )}
              <button
                type="button"
                className="justify-self-end rounded-md p-2 text-slate-500 hover:bg-slate-100 hover:text-red-600 disabled:opacity-40 dark:hover:bg-slate-800"
                onClick={() => setLines((all) => all.filter((l) => l.key !== line.key))}
                disabled={lines.length === 1}
                aria-label={t("form.removeLine", { number: i + 1 })}
              >
                <Trash2 className="h-4 w-4" aria-hidden />
              </button>
            </li>
          ))}
        </ol>
        {errors.lines && <p className="mt-2 text-xs text-red-600 dark:text-red-400">{errors.lines}</p>}
        <div className="mt-3 flex items-center justify-between gap-3">
          <Button type="button" variant="secondary" onClick={() => setLines((all) => [...all, emptyLine()])} disabled={lines.length >= 200} data-testid="add-line">
            <Plus className="h-4 w-4" aria-hidden />
            {t("form.addLine")}
          </Button>
          {kind === "receipt" && total !== null && (
            <p className="text-sm font-medium tabular-nums">
              {t("form.total")}: {displayMoney(total, currency, locale)}
            </p>
          )}
        </div>
      </fieldset>

      <div>
        <label className="mb-1 block text-sm font-medium text-slate-700 dark:text-slate-300" htmlFor="op-note">
          {t("form.note")}
        </label>
        <textarea id="op-note" name="note" rows={2} maxLength={1000} className={inputClass} />
      </div>
      <FormStatus state={state} />
      <Button type="submit" disabled={pending} data-testid="post-operation">
        {t("form.submit")}
      </Button>
    </form>
  );
}
