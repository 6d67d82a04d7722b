import { getLocale, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { basisPointsToPercent } from "@/lib/domain/basis-points";
import { lineAmount, displayMoney, formatMoney } from "@/lib/domain/money";
import { formatQuantity } from "@/lib/domain/quantity";
import type { OpportunityDetail } from "@/lib/crm/opportunities/find-opportunity";
import { OpportunityLines } from "./opportunity-lines";

/** The products card of an opportunity: the line editor for people who may edit, else a table. */
export async function OpportunityLinesSection({ opportunity: o, editable }: { opportunity: OpportunityDetail; editable: boolean }) {
  const t = await getTranslations("lines");
  const locale = await getLocale();
  const rows = o.lines.map((l) => ({
    key: l.id,
    productId: l.productId ?? "",
    sku: l.product?.sku ?? "",
    description: l.description,
    quantity: formatQuantity(l.quantity),
    unitPrice: formatMoney(l.unitPrice, o.currencyCode),
    discount: l.discountBp ? basisPointsToPercent(l.discountBp) : "",
    uomDecimals: l.product?.uomDecimals,
  }));
  return (
    <Card className="mt-4">
      <h2 className="mb-3 text-sm font-semibold">{t("title")}</h2>
      {editable ? (
        <OpportunityLines opportunityId={o.id} accountId={o.accountId} currencyCode={o.currencyCode} lines={rows} />
      ) : o.lines.length === 0 ? (
        <p className="text-sm text-slate-500">{t("none")}</p>
      ) : (
        <table className="w-full text-sm" data-testid="opportunity-lines-table">
          <thead>
            <tr className="border-b border-slate-200 text-left text-xs text-slate-500 dark:border-slate-700">
              <th className="py-2">{t("columns.description")}</th>
              <th className="py-2 text-right">{t("columns.quantity")}</th>
              <th className="py-2 text-right">{t("columns.unitPrice")}</th>
              <th className="py-2 text-right">{t("columns.discount")}</th>
              <th className="py-2 text-right">{t("columns.amount")}</th>
            </tr>
          </thead>
          <tbody>
            {o.lines.map((l, i) => (
              <tr key={l.id} className="border-b border-slate-100 dark:border-slate-800">
                <td className="py-2">
                  {l.product && <span className="mr-2 font-mono text-xs text-slate-500">{l.product.sku}</span>}
                  {l.description}
                </td>
                <td className="py-2 text-right tabular-nums">{rows[i].quantity}</td>
                <td className="py-2 text-right tabular-nums">{displayMoney(l.unitPrice, o.currencyCode, locale)}</td>
                <td className="py-2 text-right tabular-nums">{rows[i].discount}</td>
                <td className="py-2 text-right tabular-nums">{displayMoney(lineAmount(l.unitPrice, l.quantity, l.discountBp), o.currencyCode, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Card>
  );
}
