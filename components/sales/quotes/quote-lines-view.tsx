import { useLocale, useTranslations } from "next-intl";
import { basisPointsToPercent } from "@/lib/domain/basis-points";
import { displayMoney, lineAmount, sumMoney } from "@/lib/domain/money";
import { formatQuantity } from "@/lib/domain/quantity";
import type { QuoteRevisionDetail } from "@/lib/sales/quotes/find-quote";

type Props = { revision: QuoteRevisionDetail; baseCurrency: string; showMargin: boolean };

/** A revision's lines as stored (exact amounts), the VAT breakdown per rate and the totals in both currencies. */
export function QuoteLinesView({ revision: r, baseCurrency, showMargin }: Props) {
  const t = useTranslations("quotes");
  const locale = useLocale();
  const money = (minor: number) => displayMoney(minor, r.currencyCode, locale);
  const rates = [...new Set(r.lines.map((l) => l.vatRateBp))].sort((a, b) => b - a);
  const byRate = rates.map((rate) => {
    const of = r.lines.filter((l) => l.vatRateBp === rate);
    return { rate, net: sumMoney(of.map((l) => l.net)), tax: sumMoney(of.map((l) => l.tax)) };
  });
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[760px] text-sm" data-testid="quote-lines">
        <thead>
          <tr className="border-b border-slate-200 text-left text-xs text-slate-500 dark:border-slate-700">
            <th className="w-8 py-2">#</th>
            <th className="py-2">{t("columns.description")}</th>
            <th className="py-2 text-right">{t("columns.quantity")}</th>
            <th className="py-2 text-right">{t("columns.unitPrice")}</th>
            <th className="py-2 text-right">{t("columns.discount")}</th>
            <th className="py-2 text-right">{t("columns.vatRate")}</th>
            <th className="py-2 text-right">{t("columns.net")}</th>
            <th className="py-2 text-right">{t("columns.gross")}</th>
            {showMargin && <th className="py-2 text-right">{t("columns.margin")}</th>}
          </tr>
        </thead>
        <tbody>
          {r.lines.map((l, i) => (
            <tr key={l.id} className="border-b border-slate-100 dark:border-slate-800" data-testid="quote-line">
              <td className="py-2 text-xs text-slate-500">{i + 1}</td>
              <td className="py-2">
                {l.product && <span className="mr-1 font-mono text-xs text-slate-500">{l.product.sku}</span>}
                {l.description}
              </td>
              <td className="py-2 text-right tabular-nums">
                {formatQuantity(l.quantity)} {l.uom}
              </td>
              <td className="py-2 text-right tabular-nums">{money(l.unitPrice)}</td>
              <td className="py-2 text-right tabular-nums">{l.discountBp ? `${basisPointsToPercent(l.discountBp)} %` : ""}</td>
              <td className="py-2 text-right tabular-nums">{basisPointsToPercent(l.vatRateBp)} %</td>
              <td className="py-2 text-right tabular-nums">{money(l.net)}</td>
              <td className="py-2 text-right tabular-nums">{money(l.gross)}</td>
              {showMargin && <td className="py-2 text-right tabular-nums text-slate-600">{money(l.net - lineAmount(l.unitCost, l.quantity))}</td>}
            </tr>
          ))}
        </tbody>
      </table>
      <dl className="ml-auto mt-4 max-w-sm space-y-1 text-sm" data-testid="quote-totals">
        {byRate.map((b) => (
          <div key={b.rate} className="flex justify-between text-slate-600 dark:text-slate-400">
            <dt>{t("totals.vatAt", { rate: basisPointsToPercent(b.rate) })}</dt>
            <dd className="tabular-nums">
              {money(b.net)} · {money(b.tax)}
            </dd>
          </div>
        ))}
        <div className="flex justify-between">
          <dt>{t("totals.net")}</dt>
          <dd className="tabular-nums">{money(r.subtotal)}</dd>
        </div>
        <div className="flex justify-between">
          <dt>{t("totals.tax")}</dt>
          <dd className="tabular-nums">{money(r.taxTotal)}</dd>
        </div>
        <div className="flex justify-between font-semibold">
          <dt>{t("totals.gross")}</dt>
          <dd className="tabular-nums" data-testid="quote-total">
            {money(r.total)}
          </dd>
        </div>
        {r.currencyCode !== baseCurrency && (
          <div className="flex justify-between text-slate-600 dark:text-slate-400">
            <dt>{t("totals.base", { currency: baseCurrency })}</dt>
            <dd className="tabular-nums">{displayMoney(r.totalBase, baseCurrency, locale)}</dd>
          </div>
        )}
      </dl>
    </div>
  );
}
