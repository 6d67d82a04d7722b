"use client";

import { useEffect, useId, useState, useTransition } from "react";
import { useLocale, useTranslations } from "next-intl";
import { X } from "lucide-react";
import { inputClass } from "@/components/ui/field";
import { searchProductsAction } from "@/lib/actions/pricing";
import type { ProductChoice } from "@/lib/pricing/price-lists/find-product-choices";

export type PickedProduct = { id: string; sku: string; nameZh: string; nameEn: string; uomDecimals?: boolean };

/** Product by SKU or name: type, pick one of the matches; the id goes in a hidden field. */
export function ProductPicker({ name, value, onChange, error }: { name: string; value: PickedProduct | null; onChange: (p: PickedProduct | null) => void; error?: string }) {
  const t = useTranslations("pricing");
  const locale = useLocale();
  const id = useId();
  const [q, setQ] = useState("");
  const [results, setResults] = useState<ProductChoice[]>([]);
  const [searching, startSearch] = useTransition();
  const label = (p: PickedProduct) => `${p.sku} · ${locale === "en" ? p.nameEn : p.nameZh}`;

  useEffect(() => {
    if (value) return;
    const text = q.trim();
    // Wait for a pause in typing; an empty box shows nothing rather than the first 20 products.
    const timer = setTimeout(() => {
      if (!text) return setResults([]);
      startSearch(async () => setResults(await searchProductsAction(text)));
    }, 250);
    return () => clearTimeout(timer);
  }, [q, value]);

  return (
    <div>
      <label htmlFor={id} className="mb-1 block text-sm font-medium text-slate-700 dark:text-slate-300">
        {t("items.form.product")}
      </label>
      <input type="hidden" name={name} value={value?.id ?? ""} />
      {value ? (
        <div className="flex items-center gap-2 rounded-md border border-slate-300 px-3 py-2 text-sm dark:border-slate-700" data-testid="picked-product">
          <span className="truncate">{label(value)}</span>
          <button type="button" className="ml-auto text-slate-500 hover:text-slate-800" onClick={() => onChange(null)} aria-label={t("items.form.changeProduct")}>
            <X className="h-4 w-4" aria-hidden />
          </button>
        </div>
      ) : (
        <div className="relative">
          <input
            id={id}
            value={q}
            onChange={(e) => setQ(e.target.value)}
            placeholder={t("items.form.productPlaceholder")}
            className={inputClass}
            aria-invalid={error ? true : undefined}
            autoComplete="off"
            data-testid="product-search"
          />
          {q.trim() !== "" && (
            <ul className="absolute z-10 mt-1 max-h-64 w-full overflow-auto rounded-md border border-slate-200 bg-white text-sm shadow-lg dark:border-slate-700 dark:bg-slate-900" role="listbox">
              {results.map((p) => (
                <li key={p.id}>
                  <button type="button" role="option" aria-selected={false} className="block w-full px-3 py-2 text-left hover:bg-slate-100 dark:hover:bg-slate-800" onClick={() => onChange(p)} data-testid="product-option">
                    {label(p)}
                    {p.status !== "active" && <span className="ml-2 text-xs text-amber-600">{t("items.form.discontinued")}</span>}
                  </button>
                </li>
              ))}
              {results.length === 0 && <li className="px-3 py-2 text-slate-500">{searching ? t("items.form.searching") : t("items.form.noProducts")}</li>}
            </ul>
          )}
        </div>
      )}
      {error && <p className="mt-1 text-xs text-red-600 dark:text-red-400">{error}</p>}
    </div>
  );
}
