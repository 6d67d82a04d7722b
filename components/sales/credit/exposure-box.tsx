import { getLocale, getTranslations } from "next-intl/server";
import { displayMoney } from "@/lib/domain/money";
import type { CreditEvaluation } from "@/lib/sales/credit/evaluate-credit";

/** The exposure with its parts against the limit (order page and account page). */
export async function ExposureBox({ credit }: { credit: CreditEvaluation }) {
  const t = await getTranslations("credit");
  const locale = await getLocale();
  const money = (minor: number) => displayMoney(minor, credit.baseCurrency, locale);
  const p = credit.parts;
  const rows: [string, number, string?][] = [
    [t("exposure.openInvoices"), p.openInvoices],
    [t("exposure.unappliedCredits"), -p.unappliedCredits],
    [t("exposure.confirmedNotInvoiced"), p.confirmedNotInvoiced],
    [t("exposure.deliveredNotInvoiced"), p.deliveredNotInvoiced],
  ];
  return (
    <div data-testid="exposure-box">
      <h2 className="mb-3 text-sm font-semibold">{t("exposure.title")}</h2>
      <dl className="space-y-1 text-sm">
        {rows.map(([label, value]) => (
          <div key={label} className="flex justify-between gap-4">
            <dt className="text-slate-500">{label}</dt>
            <dd className="tabular-nums">{money(value)}</dd>
          </div>
        ))}
        <div className="flex justify-between gap-4 border-t border-slate-200 pt-1 font-semibold dark:border-slate-700">
          <dt>{t("exposure.total")}</dt>
          <dd className="tabular-nums" data-testid="exposure-total">
            {money(p.total)}
          </dd>
        </div>
        <div className="flex justify-between gap-4">
          <dt className="text-slate-500">{t("exposure.limit")}</dt>
          <dd className="tabular-nums" data-testid="credit-limit">
            {credit.limit === null ? t("exposure.noLimit") : money(credit.limit)}
          </dd>
        </div>
        {credit.limit !== null && (
          <div className={`flex justify-between gap-4 ${credit.overLimit ? "text-red-600 dark:text-red-400" : ""}`}>
            <dt>{credit.overLimit ? t("exposure.over", { amount: money(p.total - credit.limit) }) : t("exposure.available")}</dt>
            <dd className="tabular-nums">{credit.overLimit ? "" : money(credit.limit - p.total)}</dd>
          </div>
        )}
      </dl>
      <p className="mt-2 text-xs text-slate-500">
        {t("exposure.policy", { checkAt: t(`checkAt.${credit.policy.checkAt}`), action: t(`action.${credit.policy.action}`), days: credit.policy.overdueDays })}
      </p>
    </div>
  );
}
