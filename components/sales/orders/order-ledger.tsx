import { getLocale, getTranslations } from "next-intl/server";
import { basisPointsToPercent } from "@/lib/domain/basis-points";
import { displayMoney, toMinor } from "@/lib/domain/money";
import { formatQuantity } from "@/lib/domain/quantity";
import type { OrderDetail } from "@/lib/sales/orders/find-order";

/** The order's lines with the quantity ledger, then the totals with the VAT breakdown. */
export async function OrderLedger({ order, baseCurrency }: { order: OrderDetail; baseCurrency: string }) {
  const t = await getTranslations("orders");
  const locale = await getLocale();
  const money = (minor: number | bigint) => displayMoney(toMinor(minor), order.currencyCode, locale);
  const q = (n: number) => (n === 0 ? "" : formatQuantity(n));
  const byRate = new Map<number, { net: number; tax: number }>();
  for (const l of order.lines) {
    const r = byRate.get(l.vatRateBp) ?? { net: 0, tax: 0 };
    byRate.set(l.vatRateBp, { net: r.net + toMinor(l.net), tax: r.tax + toMinor(l.tax) });
  }
  const ledger = ["reserved", "delivered", "returned", "invoiced", "credited", "cancelled"] as const;
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[900px] text-sm" data-testid="order-lines">
        <thead>
          <tr className="border-b border-slate-200 text-left text-xs text-slate-500 dark:border-slate-700">
            <th className="py-2">#</th>
            <th className="py-2">{t("ledger.description")}</th>
            <th className="py-2 text-right">{t("ledger.ordered")}</th>
            {ledger.map((k) => (
              <th key={k} className="py-2 text-right">
                {t(`ledger.${k}`)}
              </th>
            ))}
            <th className="py-2 text-right">{t("ledger.unitPrice")}</th>
            <th className="py-2 text-right">{t("ledger.discount")}</th>
            <th className="py-2 text-right">{t("ledger.vat")}</th>
            <th className="py-2 text-right">{t("ledger.amount")}</th>
          </tr>
        </thead>
        <tbody>
          {order.lines.map((l, i) => (
            <tr key={l.id} className="border-b border-slate-100 dark:border-slate-800" data-testid="order-line">
              <td className="py-1.5 pr-2 text-xs text-slate-500">{i + 1}</td>
              <td className="py-1.5 pr-2">
                {l.product?.sku && <span className="mr-1 font-mono text-xs text-slate-500">{l.product.sku}</span>}
                {l.description}
              </td>
              <td className="py-1.5 pr-2 text-right tabular-nums">
                {formatQuantity(l.quantity)} {l.uom}
              </td>
              <td className="py-1.5 pr-2 text-right tabular-nums">{q(l.reservedQty)}</td>
              <td className="py-1.5 pr-2 text-right tabular-nums">{q(l.deliveredQty)}</td>
              <td className="py-1.5 pr-2 text-right tabular-nums">{q(l.returnedQty)}</td>
              <td className="py-1.5 pr-2 text-right tabular-nums">{q(l.invoicedQty)}</td>
              <td className="py-1.5 pr-2 text-right tabular-nums">{q(l.creditedQty)}</td>
              <td className="py-1.5 pr-2 text-right tabular-nums">{q(l.cancelledQty)}</td>
              <td className="py-1.5 pr-2 text-right tabular-nums">{money(l.unitPrice)}</td>
              <td className="py-1.5 pr-2 text-right tabular-nums">{l.discountBp ? `${basisPointsToPercent(l.discountBp)} %` : ""}</td>
              <td className="py-1.5 pr-2 text-right tabular-nums">{basisPointsToPercent(l.vatRateBp)} %</td>
              <td className="py-1.5 text-right tabular-nums">{money(order.pricesIncludeTax ? l.gross : l.net)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <dl className="ml-auto mt-4 max-w-sm space-y-1 text-sm" data-testid="order-totals">
        <div className="flex justify-between gap-4">
          <dt className="text-slate-500">{t("view.subtotal")}</dt>
          <dd className="tabular-nums">{money(order.subtotal)}</dd>
        </div>
        {[...byRate.entries()]
          .sort((a, b) => b[0] - a[0])
          .map(([rate, r]) => (
            <div key={rate} className="flex justify-between gap-4">
              <dt className="text-slate-500">{t("view.taxAt", { rate: basisPointsToPercent(rate), net: money(r.net) })}</dt>
              <dd className="tabular-nums">{money(r.tax)}</dd>
            </div>
          ))}
        <div className="flex justify-between gap-4 border-t border-slate-200 pt-1 font-semibold dark:border-slate-700">
          <dt>{t("view.total")}</dt>
          <dd className="tabular-nums" data-testid="order-total">
            {money(order.total)}
          </dd>
        </div>
        {order.currencyCode !== baseCurrency && (
          <div className="flex justify-between gap-4 text-slate-500">
            <dt>{t("view.totalBase", { currency: baseCurrency })}</dt>
            <dd className="tabular-nums">{displayMoney(toMinor(order.totalBase), baseCurrency, locale)}</dd>
          </div>
        )}
      </dl>
    </div>
  );
}
