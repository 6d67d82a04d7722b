import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { CircleCheck } from "lucide-react";
import { buttonClass } from "@/components/ui/button";
import { Badge, Card } from "@/components/ui/card";
import { displayMoney } from "@/lib/domain/money";
import { formatQuantity } from "@/lib/domain/quantity";
import type { DifferenceRow } from "@/lib/sales/reconciliation/find-reconciliation";

/** Where a difference's document lives: the page that shows it. */
function documentHref(d: DifferenceRow): string | null {
  if (d.documentType === "delivery") return `/app/sales/deliveries/${d.documentId}`;
  if (d.documentType === "invoice") return `/app/billing/invoices/${d.documentId}`;
  // A stray ledger entry has no document: the customer's ledger is where it shows.
  return d.accountId ? `/app/billing/receivables/${d.accountId}` : null;
}

type Props = { rows: DifferenceRow[]; total: number; page: number; pageCount: number; currency: string; pageHref: (page: number) => string; customerHref: (accountId: string) => string };

/** Every difference of the period with the document that causes it, or the "0 differences" state. */
export async function ReconciliationDifferences({ rows, total, page, pageCount, currency, pageHref, customerHref }: Props) {
  const [t, locale] = await Promise.all([getTranslations("reconciliation"), getLocale()]);
  const money = (minor: number) => displayMoney(minor, currency, locale);
  if (total === 0) {
    return (
      <Card className="flex items-start gap-3 border-green-200 bg-green-50 dark:border-green-900 dark:bg-green-950" data-testid="reconciliation-zero">
        <CircleCheck className="mt-0.5 h-5 w-5 text-green-700 dark:text-green-400" aria-hidden />
        <div>
          <p className="font-semibold text-green-800 dark:text-green-300">{t("zero")}</p>
          <p className="text-sm text-green-800/80 dark:text-green-300/80">{t("zeroDetail")}</p>
        </div>
      </Card>
    );
  }
  return (
    <Card className="overflow-x-auto p-0">
      <h2 className="px-5 pt-4 text-sm font-semibold text-red-700 dark:text-red-400" data-testid="reconciliation-count">
        {t("differences", { count: total })}
      </h2>
      <table className="mt-2 w-full text-sm" data-testid="reconciliation-differences">
        <thead className="border-b border-slate-200 text-left text-xs text-slate-500 dark:border-slate-800">
          <tr>
            <th className="px-5 py-2 font-medium">{t("columns.kind")}</th>
            <th className="px-3 py-2 font-medium">{t("columns.document")}</th>
            <th className="px-3 py-2 font-medium">{t("columns.order")}</th>
            <th className="px-3 py-2 font-medium">{t("columns.customer")}</th>
            <th className="px-3 py-2 text-right font-medium">{t("columns.quantity")}</th>
            <th className="px-3 py-2 text-right font-medium">{t("columns.expected")}</th>
            <th className="px-3 py-2 text-right font-medium">{t("columns.actual")}</th>
            <th className="px-5 py-2 text-right font-medium">{t("columns.difference")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((d, i) => {
            const href = documentHref(d);
            const label = d.number || t("noNumber");
            return (
              <tr key={`${d.kind}-${d.documentId}-${i}`} className="border-b border-slate-100 align-top last:border-0 dark:border-slate-800" data-testid="difference-row" data-kind={d.kind}>
                <td className="px-5 py-2">
                  <Badge tone="red">{t(`kinds.${d.kind}`)}</Badge>
                  <p className="mt-1 text-xs text-slate-500">{t(`hints.${d.kind}`)}</p>
                </td>
                <td className="px-3 py-2">
                  {href ? (
                    <Link href={href} className="text-brand-600 hover:underline dark:text-blue-400">
                      {label}
                    </Link>
                  ) : (
                    label
                  )}
                </td>
                <td className="px-3 py-2">
                  {d.orderId ? (
                    <Link href={`/app/sales/orders/${d.orderId}`} className="text-brand-600 hover:underline dark:text-blue-400">
                      {d.orderNumber || t("noNumber")}
                    </Link>
                  ) : (
                    "—"
                  )}
                </td>
                <td className="px-3 py-2">
                  {d.accountId ? (
                    <Link href={customerHref(d.accountId)} className="hover:underline" title={t("onlyCustomer")}>
                      {d.accountName || d.accountId}
                    </Link>
                  ) : (
                    "—"
                  )}
                </td>
                <td className="px-3 py-2 text-right tabular-nums">{d.quantity === undefined ? "—" : formatQuantity(d.quantity)}</td>
                <td className="px-3 py-2 text-right tabular-nums">{money(d.expected)}</td>
                <td className="px-3 py-2 text-right tabular-nums">{money(d.actual)}</td>
                <td className="px-5 py-2 text-right font-semibold tabular-nums text-red-700 dark:text-red-400">{money(d.difference)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {pageCount > 1 && (
        <nav className="flex items-center justify-between px-5 py-3 text-sm" aria-label={t("pageOf", { page, pageCount })}>
          <span className="text-slate-500">{t("pageOf", { page, pageCount })}</span>
          <span className="flex gap-2">
            {page > 1 && (
              <Link href={pageHref(page - 1)} className={buttonClass("secondary")}>
                {t("previous")}
              </Link>
            )}
            {page < pageCount && (
              <Link href={pageHref(page + 1)} className={buttonClass("secondary")}>
                {t("next")}
              </Link>
            )}
          </span>
        </nav>
      )}
    </Card>
  );
}
