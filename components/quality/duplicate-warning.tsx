"use client";

import { useCallback, useRef, useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { AlertTriangle } from "lucide-react";
import { checkDuplicatesAction } from "@/lib/actions/duplicates";
import type { LikelyDuplicate } from "@/lib/crm/duplicates/find-likely-duplicates";
import { recordHref } from "@/lib/crm/duplicates/record-href";
import type { DuplicateCheckInput } from "@/lib/validation/duplicates";
import { DuplicateReasons } from "./duplicate-reasons";

/**
 * Asks the server for likely duplicates of what the form holds, when a key field loses focus
 * (never per keystroke); the same input twice in a row is asked once.
 */
export function useDuplicateCheck() {
  const [found, setFound] = useState<LikelyDuplicate[]>([]);
  const [, start] = useTransition();
  const last = useRef("");
  const check = useCallback((input: DuplicateCheckInput) => {
    const key = JSON.stringify(input);
    if (key === last.current) return;
    last.current = key;
    start(async () => {
      const state = await checkDuplicatesAction(input);
      // A failed check only means no warning: saving is never blocked by it.
      setFound(state?.ok && state.data ? state.data : []);
    });
  }, []);
  return { found, check };
}

/** The warning under a create/edit form: likely duplicates with links; the user may still save. */
export function DuplicateWarning({ found }: { found: LikelyDuplicate[] }) {
  const t = useTranslations("quality");
  // Nothing while checking: a line appearing when a field loses focus would move the submit
  // button between mouse down and up, and the click would be lost.
  if (found.length === 0) return null;
  return (
    <div role="status" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm dark:border-amber-800 dark:bg-amber-950" data-testid="duplicate-warning">
      <p className="flex items-center gap-2 font-medium text-amber-900 dark:text-amber-200">
        <AlertTriangle className="h-4 w-4" aria-hidden />
        {t("warning.title")}
      </p>
      <p className="mb-2 text-xs text-amber-800 dark:text-amber-300">{t("warning.description")}</p>
      <ul className="space-y-1">
        {found.map((d) => (
          <li key={`${d.type}:${d.id}`} className="flex flex-wrap items-center gap-2" data-testid="duplicate-candidate">
            <span className="text-xs text-slate-500">{t(`duplicates.types.${d.type}`)}</span>
            <a href={recordHref(d.type, d.id)} target="_blank" rel="noreferrer" className="font-medium text-brand-700 hover:underline dark:text-brand-300">
              {d.label}
            </a>
            {d.detail && <span className="text-xs text-slate-500">{d.detail}</span>}
            <DuplicateReasons reasons={d.reasons} />
          </li>
        ))}
      </ul>
    </div>
  );
}
