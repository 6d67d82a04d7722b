"use client";

import { useActionState, useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { savePriceListItemAction } from "@/lib/actions/pricing";
import { ProductPicker, type PickedProduct } from "./product-picker";

type Props = {
  priceListId: string;
  currency: string;
  taxInclusive: boolean;
  /** Editing an existing item; absent when adding. */
  item?: { id: string; product: PickedProduct; minQty: string; price: string };
  onDone?: () => void;
};

/** Adds a price (product, from quantity, price in the list's currency) or edits one. */
export function PriceListItemForm({ priceListId, currency, taxInclusive, item, onDone }: Props) {
  const t = useTranslations("pricing");
  const [product, setProduct] = useState<PickedProduct | null>(item?.product ?? null);
  const [minQty, setMinQty] = useState(item?.minQty ?? "0");
  const [price, setPrice] = useState(item?.price ?? "");
  const [state, action, pending] = useActionState(savePriceListItemAction, null);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};

  // After a successful add the form empties for the next price (state adjusted during render).
  const [seen, setSeen] = useState(state);
  if (state !== seen) {
    setSeen(state);
    if (state?.ok && !item) {
      setPrice("");
      setMinQty("0");
    }
  }
  // Closing an inline edit happens after the render that received the result.
  useEffect(() => {
    if (state?.ok && onDone) onDone();
  }, [state, onDone]);

  return (
    <form action={action} className="grid gap-3 md:grid-cols-[minmax(16rem,2fr)_8rem_10rem_auto] md:items-start" data-testid={item ? "price-item-edit-form" : "price-item-form"}>
      <input type="hidden" name="priceListId" value={priceListId} />
      {item && <input type="hidden" name="itemId" value={item.id} />}
      <ProductPicker name="productId" value={product} onChange={setProduct} error={errors.productId} />
      <Field label={t("items.form.minQty")} name="minQty" value={minQty} onChange={(e) => setMinQty(e.target.value)} inputMode="decimal" required maxLength={20} error={errors.minQty} hint={t("items.form.minQtyHint")} />
      <Field
        label={t(taxInclusive ? "items.form.priceGross" : "items.form.priceNet", { currency })}
        name="price"
        value={price}
        onChange={(e) => setPrice(e.target.value)}
        inputMode="decimal"
        required
        maxLength={40}
        error={errors.price}
      />
      <div className="flex gap-2 md:pt-6">
        <Button type="submit" disabled={pending || !product} data-testid="price-item-submit">
          {item ? t("items.form.save") : t("items.form.add")}
        </Button>
        {onDone && (
          <Button type="button" variant="ghost" onClick={onDone}>
            {t("items.form.cancel")}
          </Button>
        )}
      </div>
      <div className="md:col-span-4">
        <FormStatus state={state} />
      </div>
    </form>
  );
}
