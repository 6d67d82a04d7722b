import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePermission } from "@/lib/auth/session";
import { basisPointsToPercent } from "@/lib/domain/basis-points";
import { displayMoney } from "@/lib/domain/money";
import { findPendingApprovals } from "@/lib/sales/quotes/find-pending-approvals";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("quotes");
  return { title: t("approvals.title") };
}

/** Quotes waiting for a discount decision; each opens the quote, where the decision is made with a comment. */
export default async function ApprovalsPage() {
  const actor = await requirePermission("quotes.approve");
  const rows = await findPendingApprovals({ actor });
  const t = await getTranslations("quotes");
  const format = await getFormatter();
  const locale = await getLocale();
  return (
    <div>
      <Breadcrumbs items={[{ label: t("approvals.title") }]} />
      <PageHeader title={t("approvals.title")} description={t("approvals.description")} />
      <Card>
        {rows.length === 0 ? (
          <p className="text-sm text-slate-600 dark:text-slate-400" data-testid="approvals-empty">
            {t("approvals.empty")}
          </p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full min-w-[720px] text-sm" data-testid="approvals-table">
              <thead>
                <tr className="border-b border-slate-200 text-left text-xs text-slate-500 dark:border-slate-700">
                  <th className="py-2">{t("columns.number")}</th>
                  <th className="py-2">{t("columns.account")}</th>
                  <th className="py-2">{t("columns.title")}</th>
                  <th className="py-2">{t("columns.owner")}</th>
                  <th className="py-2 text-right">{t("view.maxDiscount")}</th>
                  <th className="py-2 text-right">{t("columns.total")}</th>
                  <th className="py-2">{t("approvals.requestedAt")}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((q) => (
                  <tr key={q.id} className="border-b border-slate-100 dark:border-slate-800" data-testid="approval-row">
                    <td className="py-2">
                      <Link href={`/app/sales/quotes/${q.id}`} className="font-medium text-brand-600 hover:underline dark:text-blue-400">
                        {q.number} · {t("view.revision", { revision: q.currentRevision })}
                      </Link>
                      {q.mine && <span className="ml-1 text-xs text-slate-500">({t("approvals.yours")})</span>}
                    </td>
                    <td className="py-2">{q.account.name}</td>
                    <td className="py-2">{q.title}</td>
                    <td className="py-2">{q.owner.name}</td>
                    <td className="py-2 text-right tabular-nums">{basisPointsToPercent(q.maxDiscountBp)} %</td>
                    <td className="py-2 text-right tabular-nums">{displayMoney(q.total, q.currencyCode, locale)}</td>
                    <td className="py-2">{format.dateTime(q.updatedAt, { dateStyle: "medium", timeStyle: "short" })}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Card>
    </div>
  );
}
