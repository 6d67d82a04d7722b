"use client";

import { useActionState, useState } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { updateNumberingRuleAction } from "@/lib/actions/numbering";
import { formatDocumentNumber, MAX_PADDING, MIN_PADDING } from "@/lib/domain/document-number";
import { Prefix, type NUMBERED_DOC_TYPES } from "@/lib/validation/numbering";

type Props = { docType: (typeof NUMBERED_DOC_TYPES)[number]; prefix: string; padding: number; year: number; next: number };

const PADDINGS = Array.from({ length: MAX_PADDING - MIN_PADDING + 1 }, (_, i) => MIN_PADDING + i);

/** One document type: prefix and padding with a live preview of the number it will issue next. */
export function NumberingRow({ docType, prefix: savedPrefix, padding: savedPadding, year, next }: Props) {
  const t = useTranslations("numbering");
  const format = useFormatter();
  const [state, action, pending] = useActionState(updateNumberingRuleAction, null);
  const [prefix, setPrefix] = useState(savedPrefix);
  const [padding, setPadding] = useState(savedPadding);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const valid = Prefix.safeParse(prefix).success;
  const typeName = t(`types.${docType}`);

  return (
    <form action={action} data-testid={`numbering-row-${docType}`} className="grid gap-3 border-b border-slate-100 py-4 last:border-0 md:grid-cols-[10rem_8rem_6rem_1fr_auto] md:items-start dark:border-slate-800">
      <input type="hidden" name="docType" value={docType} />
      <div className="pt-2 font-medium">{typeName}</div>
      <div>
        <label className="sr-only" htmlFor={`prefix-${docType}`}>{t("prefixOf", { type: typeName })}</label>
        <input
          id={`prefix-${docType}`}
          name="prefix"
          value={prefix}
          onChange={(e) => setPrefix(e.target.value)}
          maxLength={12}
          required
          className={inputClass}
          aria-invalid={errors.prefix || !valid ? true : undefined}
        />
        {errors.prefix && <p className="mt-1 text-xs text-red-600 dark:text-red-400">{errors.prefix}</p>}
      </div>
      <div>
        <label className="sr-only" htmlFor={`padding-${docType}`}>{t("paddingOf", { type: typeName })}</label>
        <select id={`padding-${docType}`} name="padding" value={padding} onChange={(e) => setPadding(Number(e.target.value))} className={inputClass}>
          {PADDINGS.map((p) => (
            <option key={p} value={p}>{t("digits", { count: p })}</option>
          ))}
        </select>
        {errors.padding && <p className="mt-1 text-xs text-red-600 dark:text-red-400">{errors.padding}</p>}
      </div>
      <div className="pt-2 text-sm">
        <code data-testid={`numbering-preview-${docType}`} className="rounded bg-slate-100 px-1.5 py-0.5 font-mono dark:bg-slate-800">
          {valid ? formatDocumentNumber(prefix.trim(), year, next, padding) : "—"}
        </code>
        <p className="mt-1 text-xs text-slate-500">{t("nextCounter", { year: String(year), next: format.number(next) })}</p>
        <div className="mt-2"><FormStatus state={state} success={t("saved")} /></div>
      </div>
      <Button type="submit" variant="secondary" disabled={pending}>{pending ? t("saving") : t("save")}</Button>
    </form>
  );
}
