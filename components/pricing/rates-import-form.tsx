"use client";

import { startTransition, useActionState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { importRatesAction } from "@/lib/actions/currencies";
import { loose } from "@/lib/i18n/loose";

/** Upload, check (dry run), then import: all rows in one transaction, or none. */
export function RatesImportForm() {
  const t = useTranslations("pricing");
  const rowError = loose(t);
  const [state, action, pending] = useActionState(importRatesAction, null);
  const report = state?.ok ? state.data : undefined;

  return (
    <div className="space-y-4">
      <form
        className="space-y-3"
        data-testid="rates-import-form"
        onSubmit={(e) => {
          // Submitted by hand so the chosen file stays selected after the dry run (a form
          // action would reset the form), ready for the import.
          e.preventDefault();
          const data = new FormData(e.currentTarget, (e.nativeEvent as SubmitEvent).submitter);
          startTransition(() => action(data));
        }}
      >
        <div>
          <label htmlFor="rates-file" className="mb-1 block text-sm font-medium text-slate-700 dark:text-slate-300">{t("import.file")}</label>
          <input id="rates-file" type="file" name="file" accept=".csv,text/csv" required className="block text-sm" data-testid="rates-file" />
          {state && !state.ok && state.fieldErrors?.file && <p className="mt-1 text-xs text-red-600">{state.fieldErrors.file}</p>}
        </div>
        <div className="flex gap-2">
          <Button type="submit" name="mode" value="dryRun" variant="secondary" disabled={pending} data-testid="rates-dry-run">{t("import.dryRun")}</Button>
          <Button type="submit" name="mode" value="import" disabled={pending} data-testid="rates-import">{t("import.import")}</Button>
        </div>
        {state && !state.ok && <FormStatus state={state} />}
      </form>

      {report && (
        <div className="space-y-3" data-testid="rates-import-report">
          <p role="status" className={report.errors.length ? "rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-800 dark:bg-amber-950 dark:text-amber-300" : "rounded-md bg-green-50 px-3 py-2 text-sm text-green-700 dark:bg-green-950 dark:text-green-300"}>
            {report.mode === "import"
              ? t("import.done", { created: report.counts.create, replaced: report.counts.replace, unchanged: report.counts.unchanged })
              : t("import.checked", { total: report.total, created: report.counts.create, replaced: report.counts.replace, unchanged: report.counts.unchanged, errors: report.errors.length })}
          </p>
          {report.errors.length > 0 && (
            <table className="min-w-full text-left text-sm" data-testid="rates-import-errors">
              <thead className="text-xs uppercase text-slate-500">
                <tr>
                  <th className="px-2 py-1">{t("import.columns.line")}</th>
                  <th className="px-2 py-1">{t("import.columns.column")}</th>
                  <th className="px-2 py-1">{t("import.columns.problem")}</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
                {report.errors.map((e, i) => (
                  <tr key={i}>
                    <td className="px-2 py-1 tabular-nums">{e.line}</td>
                    <td className="px-2 py-1 font-mono">{e.field === "row" ? "" : e.field}</td>
                    <td className="px-2 py-1">{rowError(`import.errors.${e.key}`, e.values)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {report.preview.length > 0 && (
            <table className="min-w-full text-left text-sm" data-testid="rates-import-preview">
              <thead className="text-xs uppercase text-slate-500">
                <tr>
                  <th className="px-2 py-1">{t("import.columns.line")}</th>
                  <th className="px-2 py-1">{t("import.columns.currency")}</th>
                  <th className="px-2 py-1">{t("import.columns.date")}</th>
                  <th className="px-2 py-1 text-right">{t("import.columns.rate")}</th>
                  <th className="px-2 py-1">{t("import.columns.action")}</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
                {report.preview.map((r) => (
                  <tr key={r.line}>
                    <td className="px-2 py-1 tabular-nums">{r.line}</td>
                    <td className="px-2 py-1 font-mono">{r.currencyCode}</td>
                    <td className="px-2 py-1">{r.rateDate}</td>
                    <td className="px-2 py-1 text-right font-mono">{r.rate}</td>
                    <td className="px-2 py-1">{r.action === "replace" ? t("import.actions.replace", { previous: r.previous ?? "" }) : t(`import.actions.${r.action}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      )}
    </div>
  );
}
