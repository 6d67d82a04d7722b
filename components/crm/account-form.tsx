"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field, SelectField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { DuplicateWarning, useDuplicateCheck } from "@/components/quality/duplicate-warning";
import { createAccountAction, updateAccountAction } from "@/lib/actions/crm";
import { ACCOUNT_STATUSES, ACCOUNT_TYPES, REGIONS } from "@/lib/domain/crm";
import { CREDIT_ACTIONS, CREDIT_CHECK_AT } from "@/lib/validation/crm";

export type AccountFormValues = {
  code: string;
  name: string;
  type: string;
  industry: string;
  region: string;
  province: string;
  city: string;
  billingAddress: string;
  shippingAddress: string;
  taxId: string;
  ownerId: string;
  paymentTermsDays: string;
  creditLimit: string;
  priceListId: string;
  tags: string;
  status: string;
  splits: { userId: string; percent: string }[];
  creditOverdueDays: string;
  creditCheckAt: string;
  creditAction: string;
  prepaymentPercent: string;
};

type Option = { id: string; name: string };
type Props = {
  /** Absent for a new account. */
  account?: { id: string } & AccountFormValues;
  defaultOwnerId: string;
  owners: Option[];
  priceLists: Option[];
  currency: string;
  /** Credit limit and policy are shown read-only without credit.release. */
  canEditCredit: boolean;
};

const SPLIT_ROWS = 3;

/** Create or edit an account. Inputs are controlled so a failed save keeps what was typed. */
export function AccountForm({ account, defaultOwnerId, owners, priceLists, currency, canEditCredit }: Props) {
  const t = useTranslations("crm");
  const [state, action, pending] = useActionState(account ? updateAccountAction : createAccountAction, null);
  const [values, setValues] = useState<AccountFormValues>(
    account ?? { code: "", name: "", type: "customer", industry: "", region: "", province: "", city: "", billingAddress: "", shippingAddress: "", taxId: "", ownerId: defaultOwnerId, paymentTermsDays: "30", creditLimit: "", priceListId: "", tags: "", status: "active", splits: [], creditOverdueDays: "0", creditCheckAt: "confirm", creditAction: "hold", prepaymentPercent: "" },
  );
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const splitError = Object.entries(errors).find(([k]) => k.startsWith("splits"))?.[1];
  const set = (key: keyof Omit<AccountFormValues, "splits">) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) => setValues((v) => ({ ...v, [key]: e.target.value }));
  const splitRows = Array.from({ length: SPLIT_ROWS }, (_, i) => values.splits[i] ?? { userId: "", percent: "" });
  const setSplit = (i: number, key: "userId" | "percent", value: string) =>
    setValues((v) => {
      const rows = Array.from({ length: SPLIT_ROWS }, (_, j) => v.splits[j] ?? { userId: "", percent: "" });
      rows[i] = { ...rows[i], [key]: value };
      return { ...v, splits: rows };
    });
  const f = (key: string) => t(`accounts.form.${key}` as "accounts.form.name");
  const tc = useTranslations("credit");
  const duplicates = useDuplicateCheck();
  // Name and tax id are what identify a company: check them as they are left.
  const onBlur = (e: React.FocusEvent<HTMLFormElement>) => {
    const name = e.target.getAttribute("name") ?? "";
    if ((name === "name" || name === "taxId") && (values.name.trim() || values.taxId.trim())) duplicates.check({ type: "account", name: values.name, taxId: values.taxId, excludeId: account?.id ?? "" });
  };

  return (
    <form action={action} onBlur={onBlur} className="max-w-3xl space-y-4" data-testid={account ? "account-edit-form" : "account-create-form"}>
      {account && <input type="hidden" name="id" value={account.id} />}
      <div className="grid gap-4 sm:grid-cols-3">
        <Field label={f("code")} name="code" value={values.code} onChange={set("code")} maxLength={30} hint={f("codeHint")} error={errors.code} autoComplete="off" />
        <div className="sm:col-span-2">
          <Field label={f("name")} name="name" value={values.name} onChange={set("name")} required maxLength={200} error={errors.name} autoComplete="off" />
        </div>
      </div>
      <div className="grid gap-4 sm:grid-cols-3">
        <SelectField label={f("type")} name="type" value={values.type} onChange={set("type")} error={errors.type} options={ACCOUNT_TYPES.map((v) => ({ value: v, label: t(`types.${v}`) }))} />
        <Field label={f("industry")} name="industry" value={values.industry} onChange={set("industry")} maxLength={100} error={errors.industry} />
        <SelectField label={f("status")} name="status" value={values.status} onChange={set("status")} error={errors.status} options={ACCOUNT_STATUSES.map((v) => ({ value: v, label: t(`statuses.${v}`) }))} />
      </div>
      <div className="grid gap-4 sm:grid-cols-3">
        <SelectField label={f("region")} name="region" value={values.region} onChange={set("region")} error={errors.region} options={[{ value: "", label: f("noRegion") }, ...REGIONS.map((v) => ({ value: v, label: t(`regions.${v}`) }))]} />
        <Field label={f("province")} name="province" value={values.province} onChange={set("province")} maxLength={50} error={errors.province} />
        <Field label={f("city")} name="city" value={values.city} onChange={set("city")} maxLength={50} error={errors.city} />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={f("billingAddress")} name="billingAddress" value={values.billingAddress} onChange={set("billingAddress")} maxLength={500} error={errors.billingAddress} />
        <Field label={f("shippingAddress")} name="shippingAddress" value={values.shippingAddress} onChange={set("shippingAddress")} maxLength={500} error={errors.shippingAddress} />
      </div>
      <div className="grid gap-4 sm:grid-cols-3">
        <Field label={f("taxId")} name="taxId" value={values.taxId} onChange={set("taxId")} maxLength={50} error={errors.taxId} />
        <SelectField label={f("owner")} name="ownerId" value={values.ownerId} onChange={set("ownerId")} error={errors.ownerId} options={owners.map((o) => ({ value: o.id, label: o.name }))} />
        <SelectField label={f("priceList")} name="priceListId" value={values.priceListId} onChange={set("priceListId")} error={errors.priceListId} options={[{ value: "", label: f("noPriceList") }, ...priceLists.map((p) => ({ value: p.id, label: p.name }))]} />
      </div>
      <div className="grid gap-4 sm:grid-cols-3">
        <Field label={f("paymentTermsDays")} name="paymentTermsDays" inputMode="numeric" value={values.paymentTermsDays} onChange={set("paymentTermsDays")} error={errors.paymentTermsDays} />
        <Field label={t("accounts.form.creditLimit", { currency })} name="creditLimit" inputMode="decimal" readOnly={!canEditCredit} value={values.creditLimit} onChange={set("creditLimit")} hint={f("creditLimitHint")} error={errors.creditLimit} />
        <Field label={f("tags")} name="tags" value={values.tags} onChange={set("tags")} maxLength={500} hint={f("tagsHint")} error={errors.tags} />
      </div>
      <fieldset className="grid gap-4 sm:grid-cols-4" data-testid="account-credit-settings" disabled={!canEditCredit}>
        <legend className="mb-2 text-sm font-medium text-slate-700 dark:text-slate-300">{tc("account.settings")}</legend>
        <Field label={tc("account.overdueDays")} name="creditOverdueDays" inputMode="numeric" value={values.creditOverdueDays} onChange={set("creditOverdueDays")} maxLength={4} error={errors.creditOverdueDays} />
        <SelectField label={tc("account.checkAt")} name="creditCheckAt" value={values.creditCheckAt} onChange={set("creditCheckAt")} error={errors.creditCheckAt} options={CREDIT_CHECK_AT.map((v) => ({ value: v, label: tc(`checkAt.${v}`) }))} />
        <SelectField label={tc("account.action")} name="creditAction" value={values.creditAction} onChange={set("creditAction")} error={errors.creditAction} options={CREDIT_ACTIONS.map((v) => ({ value: v, label: tc(`action.${v}`) }))} />
        <Field label={tc("account.prepayment")} name="prepaymentPercent" inputMode="decimal" value={values.prepaymentPercent} onChange={set("prepaymentPercent")} maxLength={6} hint={tc("account.prepaymentHint")} error={errors.prepaymentPercent} />
      </fieldset>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-700 dark:text-slate-300">{f("splits")}</legend>
        <p className="text-xs text-slate-500">{f("splitsHint")}</p>
        {splitRows.map((row, i) => (
          <div key={i} className="grid gap-2 sm:grid-cols-3">
            <SelectField label={f("splitUser")} name="splitUserId" value={row.userId} onChange={(e) => setSplit(i, "userId", e.target.value)} options={[{ value: "", label: f("noSplit") }, ...owners.map((o) => ({ value: o.id, label: o.name }))]} />
            <Field label={f("splitPercent")} name="splitPercent" inputMode="decimal" value={row.percent} onChange={(e) => setSplit(i, "percent", e.target.value)} />
          </div>
        ))}
        {splitError && <p className="text-xs text-red-600 dark:text-red-400">{splitError}</p>}
      </fieldset>
      <DuplicateWarning found={duplicates.found} />
      <FormStatus state={state} />
      <Button type="submit" disabled={pending} data-testid="account-submit">
        {account ? f("save") : f("create")}
      </Button>
    </form>
  );
}
