"use client";

import { useActionState, useState } from "react";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { Pencil, Trash2 } from "lucide-react";
import { FormStatus } from "@/components/ui/form-status";
import { deletePriceListItemAction } from "@/lib/actions/pricing";
import { displayMoney, formatMoney } from "@/lib/domain/money";
import { formatQuantity } from "@/lib/domain/quantity";
import { PriceListItemForm } from "./price-list-item-form";
import type { PickedProduct } from "./product-picker";

type Props = {
  priceListId: string;
  currency: string;
  taxInclusive: boolean;
  product: PickedProduct & { uom: string };
  item: { id: string; minQty: number; unitPrice: number; updatedAt: Date };
  /** The first break of a product shows the product; the others leave the cell empty. */
  first: boolean;
  breaks: number;
};

/** One quantity break: from-quantity, price, when changed; edit in place or delete. */
export function PriceListItemRow({ priceListId, currency, taxInclusive, product, item, first, breaks }: Props) {
  const t = useTranslations("pricing");
  const locale = useLocale();
  const format = useFormatter();
  const [editing, setEditing] = useState(false);
  const [state, action, pending] = useActionState(deletePriceListItemAction, null);

  if (editing) {
    return (
      <tr>
        <td colSpan={5} className="bg-slate-50 px-3 py-3 dark:bg-slate-800/40">
          <PriceListItemForm
            priceListId={priceListId}
            currency={currency}
            taxInclusive={taxInclusive}
            item={{ id: item.id, product, minQty: formatQuantity(item.minQty), price: formatMoney(item.unitPrice, currency) }}
            onDone={() => setEditing(false)}
          />
        </td>
      </tr>
    );
  }

  return (
    <tr data-testid="price-item" data-sku={product.sku} className={first ? "border-t border-slate-200 dark:border-slate-700" : undefined}>
      {first && (
        <td rowSpan={breaks} className="px-3 py-2 align-top">
          <div className="font-medium">{locale === "en" ? product.nameEn : product.nameZh}</div>
          <div className="font-mono text-xs text-slate-500">{product.sku}</div>
        </td>
      )}
      <td className="px-3 py-2 text-right tabular-nums" data-testid="price-item-min-qty">
        {t("items.fromQty", { qty: formatQuantity(item.minQty), uom: product.uom })}
      </td>
      <td className="px-3 py-2 text-right tabular-nums" data-testid="price-item-price">
        {displayMoney(item.unitPrice, currency, locale)}
      </td>
      <td className="px-3 py-2 text-xs text-slate-500">{format.dateTime(new Date(item.updatedAt), { dateStyle: "medium", timeStyle: "short" })}</td>
      <td className="px-3 py-2">
        <div className="flex items-center justify-end gap-1">
          <button type="button" className="rounded p-1 text-slate-500 hover:bg-slate-100 hover:text-slate-900 dark:hover:bg-slate-800" onClick={() => setEditing(true)} aria-label={t("items.edit")} title={t("items.edit")}>
            <Pencil className="h-4 w-4" aria-hidden />
          </button>
          <form
            action={action}
            onSubmit={(e) => {
              if (!window.confirm(t("items.deleteConfirm", { sku: product.sku, qty: formatQuantity(item.minQty) }))) e.preventDefault();
            }}
          >
            <input type="hidden" name="priceListId" value={priceListId} />
            <input type="hidden" name="itemId" value={item.id} />
            <button type="submit" disabled={pending} className="rounded p-1 text-slate-500 hover:bg-red-50 hover:text-red-700 dark:hover:bg-red-950" aria-label={t("items.delete")} title={t("items.delete")}>
              <Trash2 className="h-4 w-4" aria-hidden />
            </button>
          </form>
        </div>
        {state && !state.ok && <FormStatus state={state} />}
      </td>
    </tr>
  );
}
