"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field, SelectField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { startCountAction } from "@/lib/actions/stock-counts";

type Option = { value: string; label: string; isDefault?: boolean };

export function CountStartForm({ warehouses, categories }: { warehouses: Option[]; categories: Option[] }) {
  const t = useTranslations("stock.counts.start");
  const [state, action, pending] = useActionState(startCountAction, null);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  return (
    <form action={action} className="space-y-4" data-testid="count-start-form">
      <div className="grid gap-4 sm:grid-cols-3">
        <SelectField label={t("warehouse")} name="warehouseId" defaultValue={warehouses.find((w) => w.isDefault)?.value} options={warehouses} error={errors.warehouseId} data-testid="count-warehouse" />
        <SelectField label={t("category")} name="categoryId" defaultValue="" options={[{ value: "", label: t("allCategories") }, ...categories]} error={errors.categoryId} data-testid="count-category" />
        <Field label={t("note")} name="note" maxLength={500} error={errors.note} />
      </div>
      <p className="text-xs text-slate-500">{t("hint")}</p>
      <FormStatus state={state} />
      <Button type="submit" disabled={pending} data-testid="start-count">
        {t("submit")}
      </Button>
    </form>
  );
}
