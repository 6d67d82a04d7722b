"use client";

import { useActionState, useState } from "react";
import { CheckCircle2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { sendEnquiryAction } from "@/lib/actions/public-enquiry";
import type { Configuration } from "@/lib/domain/configuration";
import type { Locale } from "@/lib/i18n/locales";

/** "Request a quote": the visitor's contact details and message, sent with the chosen version and options. */
export function EnquiryForm({ slug, locale, variantSku, configuration, summary }: { slug: string; locale: Locale; variantSku: string; configuration: Configuration; summary: string[] }) {
  const [round, setRound] = useState(0);
  return <EnquiryFormRound key={round} slug={slug} locale={locale} variantSku={variantSku} configuration={configuration} summary={summary} onAnother={() => setRound((r) => r + 1)} />;
}

function EnquiryFormRound({ slug, locale, variantSku, configuration, summary, onAnother }: { slug: string; locale: Locale; variantSku: string; configuration: Configuration; summary: string[]; onAnother: () => void }) {
  const t = useTranslations("public.enquiry");
  const [state, action, pending] = useActionState(sendEnquiryAction, null);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  // Controlled: React resets a form after its action, and a refused enquiry must keep what was typed.
  const [values, setValues] = useState({ personName: "", company: "", email: "", phone: "", message: "" });
  const bind = (name: keyof typeof values) => ({ name, value: values[name], onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => setValues((v) => ({ ...v, [name]: e.target.value })) });

  if (state?.ok && state.data?.kind !== "rateLimited") {
    return (
      <div className="space-y-3 rounded-xl border border-green-200 bg-green-50 p-5 text-green-800 dark:border-green-900 dark:bg-green-950 dark:text-green-200" role="status" data-testid="enquiry-sent">
        <p className="flex items-start gap-2">
          <CheckCircle2 className="mt-0.5 h-5 w-5 shrink-0" aria-hidden />
          {t("sent", { number: state.data?.kind === "sent" ? state.data.number : "" })}
        </p>
        <button type="button" className="text-sm underline" onClick={onAnother}>
          {t("another")}
        </button>
      </div>
    );
  }
  const limited = state?.ok && state.data?.kind === "rateLimited" ? Math.ceil(state.data.retryAfterSeconds / 60) : null;

  return (
    <form action={action} className="space-y-4 rounded-xl border border-slate-200 p-5 dark:border-slate-800" data-testid="enquiry-form" noValidate>
      <div>
        <h2 className="text-lg font-semibold">{t("title")}</h2>
        <p className="mt-1 text-sm text-slate-500">{t("intro")}</p>
      </div>
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="variantSku" value={variantSku} />
      <input type="hidden" name="choices" value={JSON.stringify(configuration.choices)} />
      {summary.length > 0 && (
        <div className="rounded-md bg-slate-50 px-3 py-2 text-sm dark:bg-slate-800/60" data-testid="enquiry-summary">
          <p className="text-xs font-medium uppercase tracking-wide text-slate-500">{t("configuration")}</p>
          <p>{summary.join(" · ")}</p>
        </div>
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t("name")} {...bind("personName")} required maxLength={100} autoComplete="name" error={errors.personName} data-testid="enquiry-name" />
        <Field label={t("company")} {...bind("company")} maxLength={200} autoComplete="organization" error={errors.company} data-testid="enquiry-company" />
        <Field label={t("email")} {...bind("email")} type="email" maxLength={320} autoComplete="email" error={errors.email} data-testid="enquiry-email" />
        <Field label={t("phone")} {...bind("phone")} type="tel" maxLength={50} autoComplete="tel" error={errors.phone} data-testid="enquiry-phone" />
      </div>
      <div>
        <label htmlFor="enquiry-message" className="mb-1 block text-sm font-medium text-slate-700 dark:text-slate-300">
          {t("message")}
        </label>
        <textarea id="enquiry-message" {...bind("message")} rows={4} maxLength={4000} placeholder={t("messagePlaceholder")} className={inputClass} aria-invalid={errors.message ? true : undefined} data-testid="enquiry-message" />
        {errors.message && <p className="mt-1 text-xs text-red-600 dark:text-red-400">{errors.message}</p>}
      </div>
      {/* The honeypot: off-screen and skipped by keyboards and screen readers; only bots fill it. */}
      <div className="absolute -left-[9999px] h-px w-px overflow-hidden" aria-hidden="true">
        <label>
          {t("website")}
          <input type="text" name="website" tabIndex={-1} autoComplete="off" defaultValue="" />
        </label>
      </div>
      {(errors.configuration || errors.slug) && <p className="text-sm text-red-600">{errors.configuration ?? errors.slug}</p>}
      {limited !== null ? (
        <p role="status" data-testid="form-error" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-800 dark:bg-amber-950 dark:text-amber-200">
          {t("rateLimited", { minutes: limited })}
        </p>
      ) : (
        <FormStatus state={state} />
      )}
      <Button type="submit" disabled={pending} className="w-full sm:w-auto" data-testid="enquiry-submit">
        {pending ? t("sending") : t("send")}
      </Button>
    </form>
  );
}
