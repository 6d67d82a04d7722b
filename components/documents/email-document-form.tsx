"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field, inputClass, SelectField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { emailDocumentAction } from "@/lib/actions/documents";
import type { ActionState } from "@/lib/auth/door";
import type { DocumentRef } from "@/lib/documents/document-ref";
import { LOCALES, type Locale } from "@/lib/i18n/locales";

type EmailAction = (prev: ActionState<unknown>, form: FormData) => Promise<ActionState<unknown>>;

/**
 * "Send by email" for a quote, invoice or statement: recipient prefilled, language of the
 * document, optional subject and message; the PDF goes as an attachment through the outbox.
 * A page whose sending also changes the document (a quote becomes "sent") passes its own
 * `action`, which receives the same fields and calls enqueueDocumentEmailInTx in its transaction.
 */
export function EmailDocumentForm({
  document,
  defaultTo,
  defaultLocale,
  action = emailDocumentAction as EmailAction,
}: {
  document: DocumentRef;
  defaultTo: string;
  defaultLocale: Locale;
  action?: EmailAction;
}) {
  const t = useTranslations("documents.email");
  const [state, formAction, pending] = useActionState(action, null);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};

  return (
    <form action={formAction} className="space-y-3" data-testid="email-document-form">
      <input type="hidden" name="document" value={JSON.stringify(document)} />
      <div className="grid gap-3 sm:grid-cols-3">
        <Field
          className="sm:col-span-2"
          label={t("to")}
          name="recipients"
          type="text"
          inputMode="email"
          required
          maxLength={2000}
          defaultValue={defaultTo}
          hint={t("toHint")}
          error={errors.recipients}
          data-testid="email-document-to"
        />
        <SelectField
          label={t("language")}
          name="locale"
          defaultValue={defaultLocale}
          error={errors.locale}
          options={LOCALES.map((l) => ({ value: l, label: t(`languages.${l}`) }))}
          data-testid="email-document-locale"
        />
      </div>
      <Field label={t("subject")} name="subject" maxLength={200} hint={t("subjectHint")} error={errors.subject} data-testid="email-document-subject" />
      <div>
        <label htmlFor="email-document-message" className="mb-1 block text-sm font-medium text-slate-700 dark:text-slate-300">
          {t("message")}
        </label>
        <textarea id="email-document-message" name="message" rows={4} maxLength={5000} className={inputClass} data-testid="email-document-message" />
        {errors.message && <p className="mt-1 text-xs text-red-600 dark:text-red-400">{errors.message}</p>}
      </div>
      <FormStatus state={state} />
      <Button type="submit" disabled={pending} data-testid="email-document-send">
        {pending ? t("sending") : t("send")}
      </Button>
    </form>
  );
}
