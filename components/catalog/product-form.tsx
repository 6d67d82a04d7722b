"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field, inputClass, SelectField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { createProductAction, updateProductAction } from "@/lib/actions/products";
import { slugify } from "@/lib/catalog/slug";
import { isUomCode, UOM_CODES, UOM_DECIMALS } from "@/lib/catalog/uom";

export type ProductFormValues = {
  sku: string;
  kind: string;
  nameZh: string;
  nameEn: string;
  descriptionZh: string;
  descriptionEn: string;
  categoryId: string;
  brand: string;
  uom: string;
  uomDecimals: boolean;
  gtin: string;
  mpn: string;
  weightGrams: string;
  lengthMm: string;
  widthMm: string;
  heightMm: string;
  listPrice: string;
  standardCost: string;
  vatRateCode: string;
  stockTracked: boolean;
  allowBackorder: boolean;
  reorderPoint: string;
  published: boolean;
  slug: string;
  status: string;
  configurable: boolean;
};

export const EMPTY_PRODUCT: ProductFormValues = {
  sku: "",
  kind: "simple",
  nameZh: "",
  nameEn: "",
  descriptionZh: "",
  descriptionEn: "",
  categoryId: "",
  brand: "",
  uom: "EA",
  uomDecimals: false,
  gtin: "",
  mpn: "",
  weightGrams: "",
  lengthMm: "",
  widthMm: "",
  heightMm: "",
  listPrice: "",
  standardCost: "",
  vatRateCode: "VAT13",
  stockTracked: true,
  allowBackorder: false,
  reorderPoint: "",
  published: false,
  slug: "",
  status: "active",
  configurable: false,
};

type Option = { value: string; label: string };
type Props = {
  /** Absent for a new product. */
  product?: { id: string; values: ProductFormValues };
  categories: Option[];
  vatRates: Option[];
  currency: string;
  /** Only people who may see cost get the standard cost field (the server checks again). */
  canSeeCost: boolean;
};

type TextKey = { [K in keyof ProductFormValues]: ProductFormValues[K] extends string ? K : never }[keyof ProductFormValues];
type FlagKey = { [K in keyof ProductFormValues]: ProductFormValues[K] extends boolean ? K : never }[keyof ProductFormValues];

/** Every field of a product. Controlled, so a failed save keeps what was typed. */
export function ProductForm({ product, categories, vatRates, currency, canSeeCost }: Props) {
  const t = useTranslations("products");
  const [state, action, pending] = useActionState(product ? updateProductAction : createProductAction, null);
  const [values, setValues] = useState<ProductFormValues>(product?.values ?? EMPTY_PRODUCT);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const text = (key: TextKey) => ({
    name: key,
    value: values[key],
    error: errors[key],
    onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) => setValues((v) => ({ ...v, [key]: e.target.value })),
  });
  const flag = (key: FlagKey, label: string, hint?: string) => (
    <div>
      <label className="flex items-center gap-2 text-sm font-medium text-slate-700 dark:text-slate-300">
        <input type="checkbox" name={key} checked={values[key]} onChange={(e) => setValues((v) => ({ ...v, [key]: e.target.checked }))} data-testid={`product-${key}`} />
        {label}
      </label>
      {errors[key] ? <p className="mt-1 text-xs text-red-600 dark:text-red-400">{errors[key]}</p> : hint && <p className="mt-1 text-xs text-slate-500">{hint}</p>}
    </div>
  );
  const textarea = (key: "descriptionZh" | "descriptionEn", label: string) => (
    <div>
      <label htmlFor={`product-${key}`} className="mb-1 block text-sm font-medium text-slate-700 dark:text-slate-300">
        {label}
      </label>
      <textarea id={`product-${key}`} rows={4} maxLength={10000} className={inputClass} {...text(key)} />
      {errors[key] && <p className="mt-1 text-xs text-red-600 dark:text-red-400">{errors[key]}</p>}
    </div>
  );
  const onUom = (e: React.ChangeEvent<HTMLSelectElement>) => {
    const uom = e.target.value;
    setValues((v) => ({ ...v, uom, uomDecimals: isUomCode(uom) ? UOM_DECIMALS[uom] : v.uomDecimals }));
  };
  const onPublished = (e: React.ChangeEvent<HTMLInputElement>) => {
    const published = e.target.checked;
    setValues((v) => ({ ...v, published, slug: published && !v.slug ? slugify(v.nameEn) : v.slug }));
  };

  return (
    <form action={action} className="space-y-6" data-testid={product ? "product-edit-form" : "product-create-form"}>
      {product && <input type="hidden" name="id" value={product.id} />}
      <Card className="space-y-4">
        <h2 className="text-sm font-medium text-slate-500">{t("sections.basics")}</h2>
        <div className="grid gap-4 sm:grid-cols-3">
          <Field label={t("fields.sku")} required maxLength={64} autoComplete="off" {...text("sku")} />
          {product ? (
            <div>
              <span className="mb-1 block text-sm font-medium text-slate-700 dark:text-slate-300">{t("fields.kind")}</span>
              <p className="py-2 text-sm">{t(`kinds.${values.kind as "simple"}`)}</p>
            </div>
          ) : (
            <SelectField label={t("fields.kind")} {...text("kind")} options={(["simple", "group"] as const).map((k) => ({ value: k, label: t(`kinds.${k}`) }))} />
          )}
          <SelectField label={t("fields.status")} {...text("status")} options={(["active", "discontinued"] as const).map((s) => ({ value: s, label: t(`statuses.${s}`) }))} />
        </div>
        {!product && <p className="text-xs text-slate-500">{t("kindHint")}</p>}
        <div className="grid gap-4 sm:grid-cols-2">
          <Field label={t("fields.nameZh")} required maxLength={200} {...text("nameZh")} />
          <Field label={t("fields.nameEn")} required maxLength={200} {...text("nameEn")} />
          {textarea("descriptionZh", t("fields.descriptionZh"))}
          {textarea("descriptionEn", t("fields.descriptionEn"))}
        </div>
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField label={t("fields.category")} {...text("categoryId")} options={[{ value: "", label: t("noCategory") }, ...categories]} />
          <Field label={t("fields.brand")} maxLength={100} {...text("brand")} />
        </div>
        {flag("configurable", t("fields.configurable"), t("configurableHint"))}
      </Card>

      <Card className="space-y-4">
        <h2 className="text-sm font-medium text-slate-500">{t("sections.unit")}</h2>
        <div className="grid gap-4 sm:grid-cols-3">
          <SelectField label={t("fields.uom")} name="uom" value={values.uom} onChange={onUom} error={errors.uom} options={UOM_CODES.map((code) => ({ value: code, label: `${code} — ${t(`uom.${code}`)}` }))} />
          <Field label={t("fields.gtin")} inputMode="numeric" maxLength={14} hint={t("gtinHint")} {...text("gtin")} />
          <Field label={t("fields.mpn")} maxLength={64} {...text("mpn")} />
        </div>
        {flag("uomDecimals", t("fields.uomDecimals"), t("uomDecimalsHint"))}
        <div className="grid gap-4 sm:grid-cols-4">
          <Field label={t("fields.weightGrams")} inputMode="numeric" {...text("weightGrams")} />
          <Field label={t("fields.lengthMm")} inputMode="numeric" {...text("lengthMm")} />
          <Field label={t("fields.widthMm")} inputMode="numeric" {...text("widthMm")} />
          <Field label={t("fields.heightMm")} inputMode="numeric" {...text("heightMm")} />
        </div>
      </Card>

      <Card className="space-y-4">
        <h2 className="text-sm font-medium text-slate-500">{t("sections.price")}</h2>
        <div className="grid gap-4 sm:grid-cols-3">
          <Field label={t("fields.listPriceIn", { currency })} inputMode="decimal" placeholder="0.00" hint={t("listPriceHint")} {...text("listPrice")} />
          {canSeeCost && <Field label={t("fields.standardCostIn", { currency })} inputMode="decimal" placeholder="0.00" {...text("standardCost")} />}
          <SelectField label={t("fields.vatRate")} {...text("vatRateCode")} options={vatRates} />
        </div>
      </Card>

      <Card className="space-y-4">
        <h2 className="text-sm font-medium text-slate-500">{t("sections.stock")}</h2>
        <div className="grid gap-4 sm:grid-cols-3">
          {flag("stockTracked", t("fields.stockTracked"), t("stockTrackedHint"))}
          {flag("allowBackorder", t("fields.allowBackorder"), t("allowBackorderHint"))}
          <Field label={t("fields.reorderPoint")} inputMode="decimal" hint={t("reorderPointHint")} {...text("reorderPoint")} />
        </div>
      </Card>

      <Card className="space-y-4">
        <h2 className="text-sm font-medium text-slate-500">{t("sections.catalog")}</h2>
        <div>
          <label className="flex items-center gap-2 text-sm font-medium text-slate-700 dark:text-slate-300">
            <input type="checkbox" name="published" checked={values.published} onChange={onPublished} data-testid="product-published" />
            {t("fields.published")}
          </label>
          <p className="mt-1 text-xs text-slate-500">{t("publishedHint")}</p>
        </div>
        <Field label={t("fields.slug")} maxLength={80} hint={t("slugHint")} required={values.published} {...text("slug")} />
      </Card>

      <FormStatus state={state} />
      <Button type="submit" disabled={pending} data-testid="product-save">
        {product ? t("save") : t("create")}
      </Button>
    </form>
  );
}
