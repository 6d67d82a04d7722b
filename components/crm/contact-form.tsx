"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field, inputClass, SelectField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { DuplicateWarning, useDuplicateCheck } from "@/components/quality/duplicate-warning";
import { createContactAction, updateContactAction } from "@/lib/actions/crm";
import { LOCALES } from "@/lib/i18n/locales";

export type ContactFormValues = { accountId: string; name: string; title: string; department: string; email: string; phone: string; mobile: string; preferredLocale: string; isPrimary: boolean; notes: string };

type Props = {
  contact?: { id: string } & ContactFormValues;
  accountId?: string;
  accounts: { id: string; name: string }[];
};

/** Create or edit a contact; a new one can be pre-attached to an account (from its 360 page). */
export function ContactForm({ contact, accountId, accounts }: Props) {
  const t = useTranslations("crm");
  const tc = useTranslations("common");
  const [state, action, pending] = useActionState(contact ? updateContactAction : createContactAction, null);
  const [values, setValues] = useState<ContactFormValues>(
    contact ?? { accountId: accountId ?? accounts[0]?.id ?? "", name: "", title: "", department: "", email: "", phone: "", mobile: "", preferredLocale: "zh-CN", isPrimary: false, notes: "" },
  );
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const set = (key: keyof ContactFormValues) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) => setValues((v) => ({ ...v, [key]: e.target.value }));
  const f = (key: string) => t(`contacts.form.${key}` as "contacts.form.name");
  const duplicates = useDuplicateCheck();
  const onBlur = (e: React.FocusEvent<HTMLFormElement>) => {
    const name = e.target.getAttribute("name") ?? "";
    if (!["name", "email", "phone", "mobile", "accountId"].includes(name) || !(values.name.trim() || values.email.trim() || values.phone.trim() || values.mobile.trim())) return;
    const { accountId, name: person, email, phone, mobile } = values;
    duplicates.check({ type: "contact", accountId, name: person, email, phone, mobile, excludeId: contact?.id ?? "" });
  };

  return (
    <form action={action} onBlur={onBlur} className="max-w-2xl space-y-4" data-testid={contact ? "contact-edit-form" : "contact-create-form"}>
      {contact && <input type="hidden" name="id" value={contact.id} />}
      <SelectField label={f("account")} name="accountId" value={values.accountId} onChange={set("accountId")} error={errors.accountId} options={accounts.map((a) => ({ value: a.id, label: a.name }))} />
      <Field label={f("name")} name="name" value={values.name} onChange={set("name")} required maxLength={100} error={errors.name} autoComplete="off" />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={f("title")} name="title" value={values.title} onChange={set("title")} maxLength={100} error={errors.title} />
        <Field label={f("department")} name="department" value={values.department} onChange={set("department")} maxLength={100} error={errors.department} />
      </div>
      <div className="grid gap-4 sm:grid-cols-3">
        <Field label={f("email")} name="email" type="email" value={values.email} onChange={set("email")} maxLength={320} error={errors.email} autoComplete="off" />
        <Field label={f("phone")} name="phone" value={values.phone} onChange={set("phone")} maxLength={50} error={errors.phone} />
        <Field label={f("mobile")} name="mobile" value={values.mobile} onChange={set("mobile")} maxLength={50} error={errors.mobile} />
      </div>
      <div className="grid items-end gap-4 sm:grid-cols-2">
        <SelectField label={f("preferredLocale")} name="preferredLocale" value={values.preferredLocale} onChange={set("preferredLocale")} error={errors.preferredLocale} options={LOCALES.map((l) => ({ value: l, label: tc(`locales.${l}`) }))} />
        <label className="flex items-center gap-2 pb-2 text-sm font-medium text-slate-700 dark:text-slate-300">
          <input type="checkbox" name="isPrimary" checked={values.isPrimary} onChange={(e) => setValues((v) => ({ ...v, isPrimary: e.target.checked }))} />
          {f("isPrimary")}
        </label>
      </div>
      <div>
        <label htmlFor="contact-notes" className="mb-1 block text-sm font-medium text-slate-700 dark:text-slate-300">
          {f("notes")}
        </label>
        <textarea id="contact-notes" name="notes" value={values.notes} onChange={set("notes")} maxLength={2000} rows={4} className={inputClass} />
        {errors.notes && <p className="mt-1 text-xs text-red-600 dark:text-red-400">{errors.notes}</p>}
      </div>
      <DuplicateWarning found={duplicates.found} />
      <FormStatus state={state} />
      <Button type="submit" disabled={pending} data-testid="contact-submit">
        {contact ? f("save") : f("create")}
      </Button>
    </form>
  );
}
