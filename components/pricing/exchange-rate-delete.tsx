"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Trash2 } from "lucide-react";
import { deleteExchangeRateAction } from "@/lib/actions/currencies";

/** Removes a rate entered for the wrong day, after a confirmation. */
export function ExchangeRateDelete({ currencyCode, rateDate }: { currencyCode: string; rateDate: string }) {
  const t = useTranslations("pricing");
  const [state, action, pending] = useActionState(deleteExchangeRateAction, null);
  return (
    <form
      action={action}
      onSubmit={(e) => {
        if (!window.confirm(t("rates.deleteConfirm", { currency: currencyCode, date: rateDate }))) e.preventDefault();
      }}
    >
      <input type="hidden" name="currencyCode" value={currencyCode} />
      <input type="hidden" name="rateDate" value={rateDate} />
      <button type="submit" disabled={pending} className="rounded p-1 text-slate-500 hover:bg-red-50 hover:text-red-700 dark:hover:bg-red-950" aria-label={t("rates.delete")} title={t("rates.delete")}>
        <Trash2 className="h-4 w-4" aria-hidden />
      </button>
      {state && !state.ok && <p className="text-xs text-red-600">{state.error}</p>}
    </form>
  );
}
