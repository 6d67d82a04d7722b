"use client";

import { useEffect, useState, useTransition } from "react";
import { useLocale, useTranslations } from "next-intl";
import { searchLineProductsAction } from "@/lib/actions/lines";
import type { LineProductChoice } from "@/lib/pricing/find-line-product-choices";
import { cellClass } from "./line-cell-class";

type Props = {
  index: number;
  description: string;
  sku: string;
  accountId: string;
  currencyCode: string;
  error?: string;
  onText: (description: string) => void;
  onPick: (choice: LineProductChoice) => void;
  onClearProduct: () => void;
};

/**
 * The description cell doubles as product search: typing shows matching products (SKU or name)
 * after a short pause; ↑/↓ move, Enter picks, Escape closes. Free text stays a description line.
 */
export function LineProductCell({ index, description, sku, accountId, currencyCode, error, onText, onPick, onClearProduct }: Props) {
  const t = useTranslations("lines");
  const locale = useLocale();
  const [open, setOpen] = useState(false);
  const [results, setResults] = useState<LineProductChoice[]>([]);
  const [active, setActive] = useState(0);
  const [searching, startSearch] = useTransition();

  useEffect(() => {
    if (!open) return;
    const text = description.trim();
    const timer = setTimeout(() => {
      if (text.length < 2) return setResults([]);
      startSearch(async () => {
        setResults(await searchLineProductsAction({ q: text, accountId, currencyCode }));
        setActive(0);
      });
    }, 250);
    return () => clearTimeout(timer);
  }, [description, open, accountId, currencyCode]);

  const pick = (choice: LineProductChoice) => {
    onPick(choice);
    setOpen(false);
  };
  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (!open || results.length === 0) return;
    if (e.key === "ArrowDown") setActive((a) => Math.min(a + 1, results.length - 1));
    else if (e.key === "ArrowUp") setActive((a) => Math.max(a - 1, 0));
    else if (e.key === "Enter") pick(results[active]);
    else if (e.key === "Escape") setOpen(false);
    else return;
    e.preventDefault();
  };

  return (
    <div className="relative">
      <div className="flex items-center gap-1">
        {sku && (
          <button type="button" onClick={onClearProduct} title={t("clearProduct")} className="shrink-0 rounded bg-slate-100 px-1.5 py-0.5 font-mono text-xs text-slate-600 hover:bg-red-50 hover:text-red-700 dark:bg-slate-800 dark:text-slate-300" data-testid={`line-sku-${index}`}>
            {sku}
          </button>
        )}
        <input
          value={description}
          onChange={(e) => {
            onText(e.target.value);
            setOpen(true);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setTimeout(() => setOpen(false), 150)}
          placeholder={t("productPlaceholder")}
          aria-label={t("columns.description")}
          aria-invalid={error ? true : undefined}
          maxLength={500}
          autoComplete="off"
          className={cellClass(error)}
          data-testid={`line-description-${index}`}
        />
      </div>
      {open && description.trim().length >= 2 && (
        <ul role="listbox" className="absolute z-20 mt-1 max-h-64 w-full min-w-72 overflow-auto rounded-md border border-slate-200 bg-white text-sm shadow-lg dark:border-slate-700 dark:bg-slate-900">
          {results.map((choice, i) => (
            <li key={choice.id}>
              <button
                type="button"
                role="option"
                aria-selected={i === active}
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => pick(choice)}
                className={`flex w-full items-baseline justify-between gap-3 px-3 py-2 text-left ${i === active ? "bg-slate-100 dark:bg-slate-800" : ""}`}
                data-testid="line-product-option"
              >
                <span className="truncate">
                  <span className="font-mono text-xs text-slate-500">{choice.sku}</span> {locale === "en" ? choice.nameEn : choice.nameZh}
                </span>
                <span className="shrink-0 text-xs text-slate-500">
                  {choice.price.text} {choice.price.currency}
                </span>
              </button>
            </li>
          ))}
          {results.length === 0 && <li className="px-3 py-2 text-slate-500">{searching ? t("searching") : t("noProducts")}</li>}
        </ul>
      )}
    </div>
  );
}
