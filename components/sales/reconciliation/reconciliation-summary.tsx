import { getLocale, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { displayMoney } from "@/lib/domain/money";
import type { ReconciliationSummary as Summary, Totals } from "@/lib/sales/reconciliation/compare-reconciliation";

type Row = { key: "delivered" | "deliveredInvoiced" | "invoices" | "facts" | "ledger"; totals: Totals; showNet: boolean; against?: { label: string; totals: Totals } };

/** The four totals of the period and how far each is from what it is compared with. */
export async function ReconciliationSummary({ summary, currency }: { summary: Summary; currency: string }) {
  const [t, locale] = await Promise.all([getTranslations("reconciliation"), getLocale()]);
  const money = (minor: number) => displayMoney(minor, currency, locale);
  const rows: Row[] = [
    { key: "delivered", totals: summary.delivered, showNet: true },
    { key: "deliveredInvoiced", totals: summary.deliveredInvoiced, showNet: true, against: { label: t("summary.vsDelivered"), totals: summary.delivered } },
    { key: "invoices", totals: summary.invoices, showNet: true },
    { key: "facts", totals: summary.facts, showNet: true, against: { label: t("summary.vsInvoices"), totals: summary.invoices } },
    // The ledger carries gross amounts only.
    { key: "ledger", totals: summary.ledger, showNet: false, against: { label: t("summary.vsInvoices"), totals: summary.invoices } },
  ];
  return (
    <Card className="mb-4 overflow-x-auto p-0">
      <h2 className="px-5 pt-4 text-sm font-semibold">{t("summary.heading", { currency })}</h2>
      <table className="mt-2 w-full text-sm" data-testid="reconciliation-summary">
        <thead className="border-b border-slate-200 text-left text-xs text-slate-500 dark:border-slate-800">
          <tr>
            <th className="px-5 py-2 font-medium">{t("summary.source")}</th>
            <th className="px-3 py-2 text-right font-medium">{t("summary.net")}</th>
            <th className="px-3 py-2 text-right font-medium">{t("summary.gross")}</th>
            <th className="px-3 py-2 font-medium">{t("summary.comparedWith")}</th>
            <th className="px-5 py-2 text-right font-medium">{t("summary.difference")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const diff = r.against ? r.totals.gross - r.against.totals.gross : null;
            return (
              <tr key={r.key} className="border-b border-slate-100 last:border-0 dark:border-slate-800" data-testid={`summary-${r.key}`}>
                <td className="px-5 py-2">{t(`summary.${r.key}`)}</td>
                <td className="px-3 py-2 text-right tabular-nums">{r.showNet ? money(r.totals.net) : "—"}</td>
                <td className="px-3 py-2 text-right tabular-nums">{money(r.totals.gross)}</td>
                <td className="px-3 py-2 text-slate-500">{r.against ? r.against.label : t("summary.reference")}</td>
                <td className={`px-5 py-2 text-right tabular-nums ${diff ? "font-semibold text-red-700 dark:text-red-400" : ""}`} data-testid={`summary-${r.key}-difference`}>
                  {diff === null ? "—" : money(diff)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="px-5 py-3 text-xs text-slate-500">{t("summary.counts", summary.counts)}</p>
    </Card>
  );
}
