"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { X } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { addAttributeValuesAction, addVariantAttributeAction, deleteAttributeValueAction, deleteVariantAttributeAction, generateVariantsAction } from "@/lib/actions/products";

export type EditorAttribute = { id: string; name: string; values: { id: string; label: string; used: boolean }[] };
export type MissingVariant = { key: string; label: string; sku: string };

/** Variant axes of a group and the generation of missing combinations, for catalog managers. */
export function VariantEditor({ productId, attributes, locked, missing }: { productId: string; attributes: EditorAttribute[]; locked: boolean; missing: MissingVariant[] }) {
  const t = useTranslations("products");
  return (
    <div className="space-y-5" data-testid="variant-editor">
      {attributes.length === 0 && <p className="text-sm text-slate-500">{t("variants.noAttributes")}</p>}
      {attributes.map((a) => (
        <AttributeRow key={a.id} productId={productId} attribute={a} locked={locked} />
      ))}
      {locked ? <p className="text-xs text-slate-500">{t("variants.lockedHint")}</p> : <AddAttributeForm productId={productId} />}
      {missing.length > 0 && <GenerateForm key={missing.map((m) => m.key).join()} productId={productId} missing={missing} />}
    </div>
  );
}

function AttributeRow({ productId, attribute, locked }: { productId: string; attribute: EditorAttribute; locked: boolean }) {
  const t = useTranslations("products");
  const [valueState, removeValue] = useActionState(deleteAttributeValueAction, null);
  const [attrState, removeAttribute] = useActionState(deleteVariantAttributeAction, null);
  const [addState, addValues, adding] = useActionState(addAttributeValuesAction, null);
  const [open, setOpen] = useState(false);
  const error = [valueState, attrState].find((s) => s && !s.ok);
  return (
    <div className="rounded-lg border border-slate-200 p-3 dark:border-slate-800" data-testid="variant-attribute">
      <div className="flex flex-wrap items-center gap-2">
        <span className="font-medium">{attribute.name}</span>
        {attribute.values.map((v) => (
          <form key={v.id} action={removeValue} className="inline-flex items-center gap-1 rounded-full bg-slate-100 py-0.5 pl-2.5 pr-1 text-xs dark:bg-slate-800">
            <input type="hidden" name="productId" value={productId} />
            <input type="hidden" name="valueId" value={v.id} />
            {v.label}
            {!v.used && (
              <button type="submit" className="rounded-full p-0.5 hover:bg-slate-200 dark:hover:bg-slate-700" aria-label={t("variants.removeValue", { value: v.label })}>
                <X className="h-3 w-3" aria-hidden />
              </button>
            )}
          </form>
        ))}
        <button type="button" className="text-xs text-brand-600 hover:underline dark:text-blue-400" onClick={() => setOpen((o) => !o)}>
          {t("variants.addValues")}
        </button>
        {!locked && (
          <form action={removeAttribute} className="ml-auto">
            <input type="hidden" name="productId" value={productId} />
            <input type="hidden" name="attributeId" value={attribute.id} />
            <button type="submit" className="text-xs text-red-600 hover:underline">
              {t("variants.removeAttribute")}
            </button>
          </form>
        )}
      </div>
      {error && error.ok === false && <p className="mt-2 text-xs text-red-600 dark:text-red-400">{error.error}</p>}
      {open && (
        <form action={addValues} className="mt-3 space-y-2">
          <input type="hidden" name="productId" value={productId} />
          <input type="hidden" name="attributeId" value={attribute.id} />
          <textarea name="values" rows={3} className={inputClass} placeholder={t("variants.valuesPlaceholder")} aria-label={t("variants.values")} required />
          <FormStatus state={addState} />
          <Button type="submit" variant="secondary" disabled={adding}>
            {t("variants.addValuesButton")}
          </Button>
        </form>
      )}
    </div>
  );
}

function AddAttributeForm({ productId }: { productId: string }) {
  const t = useTranslations("products");
  const [state, action, pending] = useActionState(addVariantAttributeAction, null);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const [formKey, setFormKey] = useState(0);
  // A saved attribute shows above: start the next one empty (state adjusted during render).
  const [seen, setSeen] = useState(state);
  if (state !== seen) {
    setSeen(state);
    if (state?.ok) setFormKey((k) => k + 1);
  }
  return (
    <form key={formKey} action={action} className="space-y-3 rounded-lg border border-dashed border-slate-300 p-3 dark:border-slate-700" data-testid="add-attribute-form">
      <h3 className="text-sm font-medium">{t("variants.newAttribute")}</h3>
      <input type="hidden" name="productId" value={productId} />
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label={t("variants.nameZh")} name="nameZh" required maxLength={50} error={errors.nameZh} placeholder="颜色" />
        <Field label={t("variants.nameEn")} name="nameEn" required maxLength={50} error={errors.nameEn} placeholder="Colour" />
      </div>
      <div>
        <label htmlFor={`values-${productId}`} className="mb-1 block text-sm font-medium text-slate-700 dark:text-slate-300">
          {t("variants.values")}
        </label>
        <textarea id={`values-${productId}`} name="values" rows={4} className={inputClass} placeholder={t("variants.valuesPlaceholder")} required />
        {errors.values ? <p className="mt-1 text-xs text-red-600 dark:text-red-400">{errors.values}</p> : <p className="mt-1 text-xs text-slate-500">{t("variants.valuesHint")}</p>}
      </div>
      <FormStatus state={state} />
      <Button type="submit" variant="secondary" disabled={pending} data-testid="add-attribute">
        {t("variants.addAttribute")}
      </Button>
    </form>
  );
}

function GenerateForm({ productId, missing }: { productId: string; missing: MissingVariant[] }) {
  const t = useTranslations("products");
  const [state, action, pending] = useActionState(generateVariantsAction, null);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  // One message for any SKU cell ("sku", "sku.3"): the server names the field, not the row.
  const skuError = Object.entries(errors).find(([field]) => field === "sku" || field.startsWith("sku."))?.[1];
  return (
    <form action={action} className="space-y-3" data-testid="generate-variants-form">
      <h3 className="text-sm font-medium">{t("variants.missing", { count: missing.length })}</h3>
      <input type="hidden" name="productId" value={productId} />
      <table className="w-full text-sm">
        <thead>
          <tr className="border-b border-slate-200 text-left text-xs uppercase text-slate-500 dark:border-slate-700">
            <th className="py-1.5 font-medium">{t("variants.combination")}</th>
            <th className="py-1.5 font-medium">{t("fields.sku")}</th>
          </tr>
        </thead>
        <tbody>
          {missing.map((m) => (
            <tr key={m.key} className="border-b border-slate-100 last:border-0 dark:border-slate-800">
              <td className="py-1.5 pr-3">{m.label}</td>
              <td className="py-1.5">
                <input type="hidden" name="combo" value={m.key} />
                <input name="sku" defaultValue={m.sku} required maxLength={64} className={inputClass} aria-label={t("variants.skuFor", { combination: m.label })} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {skuError && <p className="text-xs text-red-600 dark:text-red-400">{skuError}</p>}
      <FormStatus state={state} success={state?.ok ? t("variants.generated", { count: state.data?.count ?? 0 }) : undefined} />
      <Button type="submit" disabled={pending} data-testid="generate-variants">
        {t("variants.generate", { count: missing.length })}
      </Button>
    </form>
  );
}
