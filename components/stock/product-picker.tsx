"use client";

import { useEffect, useId, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { inputClass } from "@/components/ui/field";
import { searchStockProductsAction } from "@/lib/actions/stock-operations";
import type { StockProductMatch } from "@/lib/stock/products/search-stock-products";
import { displayQuantity } from "./format";

export type PickedProduct = StockProductMatch & { warehouseId: string };

/**
 * Finds a product by SKU or name through a server action (debounced) and shows the chosen one
 * with its on-hand in the selected warehouse. Enter picks the first match, as with a scanner.
 */
export function ProductPicker({ warehouseId, value, onChange, index, error }: { warehouseId: string; value: PickedProduct | null; onChange: (p: PickedProduct | null) => void; index: number; error?: string }) {
  const t = useTranslations("stock.form");
  const locale = useLocale();
  const listId = useId();
  const [q, setQ] = useState("");
  const [results, setResults] = useState<StockProductMatch[]>([]);
  const [searching, setSearching] = useState(false);

  useEffect(() => {
    const text = q.trim();
    if (value || text === "") return;
    let live = true;
    const timer = setTimeout(async () => {
      setSearching(true);
      const state = await searchStockProductsAction({ q: text, warehouseId });
      if (!live) return;
      setSearching(false);
      setResults(state?.ok ? (state.data ?? []) : []);
    }, 250);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [q, warehouseId, value]);

  const pick = (p: StockProductMatch) => {
    onChange({ ...p, warehouseId });
    setQ("");
    setResults([]);
  };

  if (value) {
    return (
      <div className="flex min-w-0 items-start justify-between gap-2 rounded-md border border-slate-200 px-3 py-2 text-sm dark:border-slate-700" data-testid={`line-product-${index}`}>
        <div className="min-w-0">
          <p className="truncate">
            <span className="font-mono">{value.sku}</span> · {value.name}
          </p>
          {value.onHand !== null && value.warehouseId === warehouseId && (
            <p className="text-xs text-slate-500">{t("onHand", { quantity: displayQuantity(value.onHand, locale), uom: value.uom })}</p>
          )}
        </div>
        <button type="button" className="shrink-0 text-xs text-brand-600 hover:underline dark:text-blue-400" onClick={() => onChange(null)}>
          {t("change")}
        </button>
      </div>
    );
  }

  const shown = q.trim() === "" ? [] : results;
  return (
    <div className="relative">
      <input
        className={inputClass}
        value={q}
        onChange={(e) => setQ(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === "Enter") {
            // Enter must never submit the whole document from the search box.
            e.preventDefault();
            if (shown[0]) pick(shown[0]);
          }
        }}
        placeholder={t("searchProduct")}
        aria-label={t("product")}
        aria-invalid={error ? true : undefined}
        aria-controls={listId}
        autoComplete="off"
        data-testid={`line-search-${index}`}
      />
      {q.trim() !== "" && (
        <ul id={listId} role="listbox" className="absolute z-20 mt-1 max-h-64 w-full overflow-auto rounded-md border border-slate-200 bg-white text-sm shadow-lg dark:border-slate-700 dark:bg-slate-900">
          {searching && shown.length === 0 && <li className="px-3 py-2 text-slate-500">{t("searching")}</li>}
          {!searching && shown.length === 0 && <li className="px-3 py-2 text-slate-500">{t("noMatches")}</li>}
          {shown.map((p) => (
            <li key={p.id} role="option" aria-selected={false}>
              <button type="button" className="flex w-full items-center justify-between gap-3 px-3 py-2 text-left hover:bg-slate-100 dark:hover:bg-slate-800" onClick={() => pick(p)} data-testid="product-option">
                <span className="min-w-0 truncate">
                  <span className="font-mono">{p.sku}</span> · {p.name}
                </span>
                {p.onHand !== null && <span className="shrink-0 text-xs text-slate-500 tabular-nums">{displayQuantity(p.onHand, locale)} {p.uom}</span>}
              </button>
            </li>
          ))}
        </ul>
      )}
      {error && <p className="mt-1 text-xs text-red-600 dark:text-red-400">{error}</p>}
    </div>
  );
}
