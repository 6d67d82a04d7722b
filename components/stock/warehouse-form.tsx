"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { createWarehouseAction, updateWarehouseAction } from "@/lib/actions/stock-warehouses";

type Values = { code: string; name: string; address: string; isDefault: boolean; active: boolean };

/** Create or edit a warehouse; controlled so a refused save keeps what was typed. */
export function WarehouseForm({ warehouse }: { warehouse?: Values & { id: string } }) {
  const t = useTranslations("stock.warehouses.form");
  const [state, action, pending] = useActionState(warehouse ? updateWarehouseAction : createWarehouseAction, null);
  const [values, setValues] = useState<Values>(warehouse ?? { code: "", name: "", address: "", isDefault: false, active: true });
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const text = (key: "code" | "name" | "address") => (e: React.ChangeEvent<HTMLInputElement>) => setValues((v) => ({ ...v, [key]: e.target.value }));
  const check = (key: "isDefault" | "active", hint: string) => (
    <div>
      <label className="flex items-center gap-2 text-sm font-medium text-slate-700 dark:text-slate-300">
        <input type="checkbox" name={key} checked={values[key]} onChange={(e) => setValues((v) => ({ ...v, [key]: e.target.checked }))} data-testid={`warehouse-${key}`} />
        {t(key)}
      </label>
      {errors[key] ? <p className="mt-1 text-xs text-red-600 dark:text-red-400">{errors[key]}</p> : <p className="mt-1 text-xs text-slate-500">{hint}</p>}
    </div>
  );
  return (
    <form action={action} className="max-w-xl space-y-4" data-testid="warehouse-form">
      {warehouse && <input type="hidden" name="id" value={warehouse.id} />}
      <div className="grid gap-4 sm:grid-cols-3">
        <Field label={t("code")} name="code" value={values.code} onChange={text("code")} required maxLength={20} hint={t("codeHint")} error={errors.code} autoComplete="off" />
        <Field className="sm:col-span-2" label={t("name")} name="name" value={values.name} onChange={text("name")} required maxLength={100} error={errors.name} />
      </div>
      <Field label={t("address")} name="address" value={values.address} onChange={text("address")} maxLength={300} error={errors.address} />
      {check("isDefault", t("isDefaultHint"))}
      {check("active", t("activeHint"))}
      <FormStatus state={state} />
      <Button type="submit" disabled={pending}>
        {warehouse ? t("save") : t("create")}
      </Button>
    </form>
  );
}
