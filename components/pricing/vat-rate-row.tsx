"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { deleteVatRateAction, updateVatRateAction } from "@/lib/actions/taxes";
import { basisPointsToPercent } from "@/lib/domain/basis-points";
import type { VatRateRow as Row } from "@/lib/pricing/taxes/find-vat-rates";
import type { VatCategory } from "@/lib/validation/tax";

/** One VAT rate: names and active are editable; rate and category are fixed once created. */
export function VatRateRow({ rate }: { rate: Row }) {
  const t = useTranslations("pricing");
  const [saveState, save, saving] = useActionState(updateVatRateAction, null);
  const [deleteState, remove, deleting] = useActionState(deleteVatRateAction, null);
  const [values, setValues] = useState({ nameZh: rate.nameZh, nameEn: rate.nameEn, active: rate.active });
  const errors = saveState && !saveState.ok ? (saveState.fieldErrors ?? {}) : {};
  const formId = `vat-${rate.code}`;
  const message = [saveState, deleteState].find((s) => s && (!s.ok || s.message));

  return (
    <tr data-testid={`vat-rate-${rate.code}`} className="align-top">
      <td className="px-3 py-2 pt-4 font-mono font-medium">
        <form id={formId} action={save}>
          <input type="hidden" name="code" value={rate.code} />
        </form>
        {rate.code}
      </td>
      <td className="px-3 py-2">
        <label className="sr-only" htmlFor={`${formId}-zh`}>{t("taxes.form.nameZh")}</label>
        <input id={`${formId}-zh`} form={formId} name="nameZh" value={values.nameZh} onChange={(e) => setValues((v) => ({ ...v, nameZh: e.target.value }))} maxLength={50} required className={inputClass} aria-invalid={errors.nameZh ? true : undefined} />
      </td>
      <td className="px-3 py-2">
        <label className="sr-only" htmlFor={`${formId}-en`}>{t("taxes.form.nameEn")}</label>
        <input id={`${formId}-en`} form={formId} name="nameEn" value={values.nameEn} onChange={(e) => setValues((v) => ({ ...v, nameEn: e.target.value }))} maxLength={50} required className={inputClass} aria-invalid={errors.nameEn ? true : undefined} />
      </td>
      <td className="px-3 py-2 pt-4 text-right tabular-nums">{t("taxes.percent", { rate: basisPointsToPercent(rate.rateBp) })}</td>
      <td className="px-3 py-2 pt-4">
        <span className="font-mono" title={t(`taxes.categories.${rate.categoryCode as VatCategory}`)}>{rate.categoryCode}</span>
        <span className="ml-2 text-xs text-slate-500">{t(`taxes.categoryNames.${rate.categoryCode as VatCategory}`)}</span>
      </td>
      <td className="px-3 py-2 pt-4">
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" form={formId} name="active" checked={values.active} onChange={(e) => setValues((v) => ({ ...v, active: e.target.checked }))} data-testid={`vat-active-${rate.code}`} />
          {t("taxes.active")}
        </label>
      </td>
      <td className="px-3 py-2 pt-4 text-right tabular-nums">{rate.productCount}</td>
      <td className="px-3 py-2">
        <div className="flex gap-2">
          <Button type="submit" form={formId} variant="secondary" className="py-1.5" disabled={saving} data-testid={`vat-save-${rate.code}`}>
            {t("taxes.save")}
          </Button>
          <form
            action={remove}
            onSubmit={(e) => {
              if (!window.confirm(t("taxes.deleteConfirm", { code: rate.code }))) e.preventDefault();
            }}
          >
            <input type="hidden" name="code" value={rate.code} />
            <Button type="submit" variant="ghost" className="py-1.5 disabled:opacity-40" disabled={deleting || rate.productCount > 0} title={rate.productCount > 0 ? t("taxes.inUse", { count: rate.productCount }) : undefined} data-testid={`vat-delete-${rate.code}`}>
              {t("taxes.delete")}
            </Button>
          </form>
        </div>
        {message && (
          <p role="status" data-testid={message.ok ? "form-success" : "form-error"} className={message.ok ? "mt-1 text-xs text-green-700 dark:text-green-400" : "mt-1 max-w-xs text-xs text-red-600 dark:text-red-400"}>
            {message.ok ? message.message : message.error}
          </p>
        )}
      </td>
    </tr>
  );
}
