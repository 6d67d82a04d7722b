import { useFormatter, useLocale, useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { basisPointsToPercent } from "@/lib/domain/basis-points";
import { displayMoney } from "@/lib/domain/money";
import type { QuoteRevisionDetail } from "@/lib/sales/quotes/find-quote";

type Props = { quoteId: string; current: number; revisions: QuoteRevisionDetail[] };

/** Every revision, newest first, each with its PDF; a plain GET form opens the diff of any two. */
export function QuoteRevisions({ quoteId, current, revisions }: Props) {
  const t = useTranslations("quotes");
  const format = useFormatter();
  const locale = useLocale();
  const choices = revisions.map((r) => r.revision);
  return (
    <div className="space-y-4">
      <ol className="divide-y divide-slate-100 text-sm dark:divide-slate-800" data-testid="quote-revisions">
        {[...revisions].reverse().map((r) => (
          <li key={r.id} className="flex flex-wrap items-baseline justify-between gap-2 py-2" data-testid="quote-revision">
            <span>
              <span className="font-medium">{t("view.revision", { revision: r.revision })}</span>
              {r.revision === current && <span className="ml-1 text-xs text-slate-500">({t("view.current")})</span>} · {r.createdByName} · {format.dateTime(r.createdAt, { dateStyle: "medium", timeStyle: "short" })}
              {" · "}
              {t(`approvalStatuses.${r.approvalStatus as "none" | "pending" | "approved" | "rejected"}`)}
              {r.maxDiscountBp > 0 && ` (${basisPointsToPercent(r.maxDiscountBp)} %)`}
              {" · "}
              {r.sentAt ? `${t("view.sentAt")} ${format.dateTime(r.sentAt, { dateStyle: "medium" })}` : t("view.notSent")}
            </span>
            <span className="flex items-baseline gap-3">
              <span className="tabular-nums">{displayMoney(r.total, r.currencyCode, locale)}</span>
              <a href={`/app/sales/quotes/${quoteId}/pdf?revision=${r.revision}`} className="text-brand-600 hover:underline dark:text-blue-400">
                {t("view.pdf")}
              </a>
            </span>
          </li>
        ))}
      </ol>
      {revisions.length > 1 && (
        <form method="get" action={`/app/sales/quotes/${quoteId}/diff`} className="flex flex-wrap items-end gap-2" data-testid="quote-diff-form">
          <RevisionSelect name="from" label={t("view.from")} choices={choices} value={current - 1} />
          <RevisionSelect name="to" label={t("view.to")} choices={choices} value={current} />
          <button type="submit" className={buttonClass("secondary")}>
            {t("diff.pick")}
          </button>
        </form>
      )}
    </div>
  );
}

function RevisionSelect({ name, label, choices, value }: { name: string; label: string; choices: number[]; value: number }) {
  return (
    <label className="text-sm">
      <span className="mb-1 block text-slate-600 dark:text-slate-400">{label}</span>
      <select name={name} defaultValue={value} className={inputClass}>
        {choices.map((c) => (
          <option key={c} value={c}>
            R{c}
          </option>
        ))}
      </select>
    </label>
  );
}
