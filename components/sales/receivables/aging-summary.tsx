import { getLocale, getTranslations } from "next-intl/server";
import { AGING_BUCKETS, type AgingTotals } from "@/lib/domain/aging";
import { displayMoney } from "@/lib/domain/money";

/** One customer's aging buckets as of a day. */
export async function AgingSummary({ aging, currency, asOf }: { aging: AgingTotals; currency: string; asOf: string }) {
  const t = await getTranslations("receivables");
  const locale = await getLocale();
  return (
    <div>
      <h2 className="mb-2 font-semibold">{t("ledger.aging", { date: asOf })}</h2>
      <dl className="grid grid-cols-3 gap-3 text-sm sm:grid-cols-6" data-testid="account-aging">
        {[...AGING_BUCKETS, "total" as const].map((b) => (
          <div key={b}>
            <dt className="text-xs text-slate-500">{t(`buckets.${b}`)}</dt>
            <dd className="tabular-nums" data-testid={`account-aging-${b}`}>{displayMoney(aging[b], currency, locale)}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
