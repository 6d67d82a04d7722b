"use client";

import { useState } from "react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { Button, buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { inputClass } from "@/components/ui/field";
import { discardImportAction, type ImportBatchRowError } from "@/lib/actions/imports";
import type { UploadedImport } from "@/lib/imports/upload-import";
import { missingRequired, restoreMapping, toSavedMapping, type ColumnMapping } from "@/lib/imports/mapping";
import { MAX_IMPORT_BYTES } from "@/lib/imports/limits";
import { MappingStep, type WizardField } from "./mapping-step";
import { ProgressBar } from "./progress-bar";
import { MAX_SHOWN_ERRORS, RowErrors } from "./row-errors";
import { loadSavedMapping, runBatches, saveMapping, sendFile, type RunTotals } from "./wizard-steps";

type Phase = "choose" | "uploading" | "mapping" | "checking" | "checked" | "importing" | "done";

type Props = {
  type: string;
  fields: WizardField[];
  /** Remembers the mapping per user and import type (in this browser). */
  userId: string;
  templateHref: string;
  doneHref: string;
  doneLabel: string;
  /** The keys an existing record may be matched on (the first is the default); absent: fixed. */
  matchKeys?: { key: string; label: string }[];
};

const EMPTY_TOTALS: RunTotals = { processed: 0, total: 0, created: 0, updated: 0, unchanged: 0, skipped: 0, errorCount: 0 };

/** Upload → map columns → dry run with row errors → import with a progress bar → summary. */
export function ImportWizard({ type, fields, userId, templateHref, doneHref, doneLabel, matchKeys }: Props) {
  const t = useTranslations("imports");
  const storageKey = `carrack.import-mapping.${type}.${userId}`;
  const [phase, setPhase] = useState<Phase>("choose");
  const [file, setFile] = useState<File | null>(null);
  const [sent, setSent] = useState(0);
  const [upload, setUpload] = useState<UploadedImport | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [totals, setTotals] = useState<RunTotals>(EMPTY_TOTALS);
  const [errors, setErrors] = useState<ImportBatchRowError[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  // Where a failed run stopped, so "try again" continues there (batches are idempotent).
  const [resume, setResume] = useState<{ dryRun: boolean; offset: number } | null>(null);
  const [matchOn, setMatchOn] = useState<string | undefined>(matchKeys?.[0]?.key);

  // The match key's column is required too: without it every row would look new.
  const missing = [...missingRequired(fields, mapping), ...(matchOn !== undefined && mapping[matchOn] === undefined ? [matchOn] : [])];

  async function onUpload() {
    if (!file) return;
    setFailure(null);
    if (file.size > MAX_IMPORT_BYTES) return setFailure(t("errors.tooLarge", { max: MAX_IMPORT_BYTES / 1024 / 1024 }));
    setPhase("uploading");
    setSent(0);
    const result = await sendFile(type, file, setSent, t("errors.network"));
    if (!result.ok) {
      setFailure(result.error);
      return setPhase("choose");
    }
    setUpload(result.data);
    setMapping(restoreMapping(result.data.headers, fields, loadSavedMapping(storageKey)));
    setPhase("mapping");
  }

  async function run(dryRun: boolean, from = 0, base: RunTotals = EMPTY_TOTALS, shown: ImportBatchRowError[] = []) {
    if (!upload) return;
    setFailure(null);
    setResume(null);
    setPhase(dryRun ? "checking" : "importing");
    if (!dryRun || from === 0) saveMapping(storageKey, toSavedMapping(upload.headers, mapping));
    let kept = shown;
    let latest = base;
    const outcome = await runBatches({ type, token: upload.token, mapping, dryRun, from, totals: { ...base, total: upload.total }, fallback: t("errors.network"), matchOn }, (next, batchErrors) => {
      latest = next;
      setTotals(next);
      if (kept.length < MAX_SHOWN_ERRORS && batchErrors.length > 0) {
        kept = [...kept, ...batchErrors].slice(0, MAX_SHOWN_ERRORS);
        setErrors(kept);
      }
    });
    if (outcome.error !== null) {
      setFailure(outcome.error);
      setResume({ dryRun, offset: outcome.offset });
      return;
    }
    setTotals(latest);
    setPhase(dryRun ? "checked" : "done");
  }

  // A new mapping makes the last check stale: check again before importing.
  function changeMapping(next: ColumnMapping) {
    setMapping(next);
    if (phase === "checked") {
      setPhase("mapping");
      setErrors([]);
      setTotals(EMPTY_TOTALS);
    }
  }

  function startDryRun() {
    setErrors([]);
    setTotals(EMPTY_TOTALS);
    void run(true);
  }

  function startImport() {
    setErrors([]);
    setTotals(EMPTY_TOTALS);
    void run(false);
  }

  async function startOver() {
    if (upload) await discardImportAction(upload.token);
    setUpload(null);
    setFile(null);
    setErrors([]);
    setTotals(EMPTY_TOTALS);
    setFailure(null);
    setResume(null);
    setPhase("choose");
  }

  const busy = phase === "uploading" || phase === "checking" || phase === "importing";

  return (
    <div className="space-y-6">
      <Card className="space-y-4">
        <h2 className="font-medium">{t("step1")}</h2>
        <p className="text-sm text-slate-500">{t("fileHint", { max: MAX_IMPORT_BYTES / 1024 / 1024 })}</p>
        <div className="flex flex-wrap items-center gap-3">
          <input
            type="file"
            accept=".csv,.txt,text/csv"
            data-testid="import-file"
            aria-label={t("file")}
            disabled={phase !== "choose"}
            className={`${inputClass} max-w-md`}
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
          {phase === "choose" ? (
            <Button type="button" onClick={onUpload} disabled={!file} data-testid="import-upload">
              {t("upload")}
            </Button>
          ) : (
            <Button type="button" variant="ghost" onClick={startOver} disabled={busy}>
              {t("startOver")}
            </Button>
          )}
          <a href={templateHref} className="text-sm text-brand-700 underline dark:text-brand-300">
            {t("template")}
          </a>
        </div>
        {phase === "uploading" && file && <ProgressBar value={sent} max={file.size} label={t("uploading")} testId="upload-progress" />}
        {upload && (
          <p className="text-sm text-slate-600 dark:text-slate-300" data-testid="import-file-summary">
            {t("fileSummary", { name: upload.fileName, rows: upload.total, columns: upload.headers.length, encoding: upload.encoding.toUpperCase() })}
          </p>
        )}
      </Card>

      {failure && (
        <div className="flex flex-wrap items-center gap-3 rounded-md bg-red-50 px-3 py-2 text-sm text-red-700 dark:bg-red-950 dark:text-red-300" data-testid="import-failure">
          <span>{failure}</span>
          {resume && (
            <Button type="button" variant="secondary" onClick={() => void run(resume.dryRun, resume.offset, totals, errors)}>
              {t("retry")}
            </Button>
          )}
        </div>
      )}

      {upload && (phase === "mapping" || phase === "checking" || phase === "checked") && (
        <Card className="space-y-4">
          <h2 className="font-medium">{t("step2")}</h2>
          <p className="text-sm text-slate-500">{t("mappingHint")}</p>
          <MappingStep fields={fields} headers={upload.headers} preview={upload.preview} mapping={mapping} onChange={changeMapping} />
          {matchKeys && matchKeys.length > 1 && (
            <label className="flex flex-wrap items-center gap-2 text-sm">
              <span className="font-medium">{t("matchOn")}</span>
              <select
                value={matchOn}
                onChange={(e) => {
                  setMatchOn(e.target.value);
                  changeMapping({ ...mapping });
                }}
                className={`${inputClass} w-auto`}
                data-testid="import-match-on"
              >
                {matchKeys.map((k) => (
                  <option key={k.key} value={k.key}>
                    {k.label}
                  </option>
                ))}
              </select>
              <span className="text-xs text-slate-500">{t("matchOnHint")}</span>
            </label>
          )}
          {missing.length > 0 && (
            <p className="text-sm text-red-700 dark:text-red-300" data-testid="import-missing">
              {t("missingRequired", { fields: missing.join(", ") })}
            </p>
          )}
          <div className="flex flex-wrap gap-2">
            <Button type="button" onClick={startDryRun} disabled={busy || missing.length > 0} data-testid="import-dry-run">
              {t("dryRun")}
            </Button>
          </div>
        </Card>
      )}

      {(phase === "checking" || phase === "checked") && (
        <Card className="space-y-4" data-testid="import-check">
          <h2 className="font-medium">{t("step3")}</h2>
          <ProgressBar value={totals.processed} max={totals.total} label={phase === "checking" ? t("checking") : t("checked")} testId="check-progress" />
          {phase === "checked" && (
            <p className="text-sm" data-testid="check-summary">
              {t("checkSummary", { rows: totals.processed - totals.skipped, valid: totals.created + totals.updated + totals.unchanged, created: totals.created, updated: totals.updated, unchanged: totals.unchanged, errors: totals.errorCount })}
            </p>
          )}
          <RowErrors errors={errors} total={totals.errorCount} />
          {phase === "checked" && totals.created + totals.updated + totals.unchanged > 0 && (
            <div className="space-y-2">
              {totals.errorCount > 0 && <p className="text-sm text-amber-700 dark:text-amber-300">{t("errorsSkipped")}</p>}
              <Button type="button" onClick={startImport} data-testid="import-run">
                {t("import", { count: totals.created + totals.updated + totals.unchanged })}
              </Button>
            </div>
          )}
        </Card>
      )}

      {(phase === "importing" || phase === "done") && (
        <Card className="space-y-4" data-testid="import-run-card">
          <h2 className="font-medium">{t("step4")}</h2>
          <ProgressBar value={totals.processed} max={totals.total} label={phase === "importing" ? t("importing") : t("imported")} testId="import-progress" />
          {phase === "done" && (
            <>
              <p className="text-sm" data-testid="import-summary">
                {t("importSummary", { created: totals.created, updated: totals.updated, unchanged: totals.unchanged, errors: totals.errorCount })}
              </p>
              <RowErrors errors={errors} total={totals.errorCount} />
              <div className="flex flex-wrap gap-2">
                <Link href={doneHref} className={buttonClass("primary")} data-testid="import-done-link">
                  {doneLabel}
                </Link>
                <Button type="button" variant="secondary" onClick={startOver}>
                  {t("another")}
                </Button>
              </div>
            </>
          )}
        </Card>
      )}
    </div>
  );
}
