"use client";

import { useActionState, useRef } from "react";
import { useTranslations } from "next-intl";
import { Undo2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { inputClass } from "@/components/ui/field";
import { reverseStockOperationAction } from "@/lib/actions/stock-operations";

/** "Reverse" with a confirmation dialog; the server refuses a second reversal or a shortage. */
export function ReverseButton({ id, number }: { id: string; number: string }) {
  const t = useTranslations("stock.operation.reverse");
  const dialog = useRef<HTMLDialogElement>(null);
  const [state, action, pending] = useActionState(reverseStockOperationAction, null);
  return (
    <>
      <Button type="button" variant="danger" onClick={() => dialog.current?.showModal()} data-testid="reverse-operation">
        <Undo2 className="h-4 w-4" aria-hidden />
        {t("button")}
      </Button>
      <dialog ref={dialog} className="m-auto w-full max-w-md rounded-xl border border-slate-200 bg-white p-5 text-slate-900 shadow-xl backdrop:bg-slate-900/40 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100" aria-labelledby="reverse-title" data-testid="reverse-dialog">
        <form action={action} className="space-y-4">
          <input type="hidden" name="id" value={id} />
          <h2 id="reverse-title" className="text-lg font-semibold">
            {t("title", { number })}
          </h2>
          <p className="text-sm text-slate-600 dark:text-slate-300">{t("body")}</p>
          <label className="block text-sm font-medium text-slate-700 dark:text-slate-300">
            {t("note")}
            <input name="note" maxLength={500} className={`${inputClass} mt-1`} />
          </label>
          <FormStatus state={state} />
          <div className="flex justify-end gap-2">
            <Button type="button" variant="secondary" onClick={() => dialog.current?.close()}>
              {t("cancel")}
            </Button>
            <Button type="submit" variant="danger" disabled={pending} data-testid="confirm-reverse">
              {t("confirm")}
            </Button>
          </div>
        </form>
      </dialog>
    </>
  );
}
