import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { displayMoney, toMinor } from "@/lib/domain/money";
import { findCreditHolds } from "@/lib/sales/credit/find-credit-holds";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("credit");
  return { title: t("holds.title") };
}

/** The release queue: orders on credit hold the reader may see, oldest hold first. */
export default async function CreditHoldsPage() {
  const actor = await requirePermission("sales.read");
  const [rows, company] = await Promise.all([findCreditHolds({ actor }), db.company.findUnique({ where: { id: "company" }, select: { baseCurrency: true } })]);
  const t = await getTranslations("credit");
  const format = await getFormatter();
  const locale = await getLocale();
  const base = company?.baseCurrency ?? "CNY";
  return (
    <div>
      <Breadcrumbs items={[{ label: t("holds.title") }]} />
      <PageHeader title={t("holds.title")} description={t("holds.description")} />
      <Card>
        {rows.length === 0 ? (
          <p className="text-sm text-slate-500" data-testid="credit-holds-empty">
            {t("holds.empty")}
          </p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full text-sm" data-testid="credit-holds">
              <thead>
                <tr className="border-b border-slate-200 text-left text-xs text-slate-500 dark:border-slate-700">
                  <th className="py-2">{t("holds.columns.number")}</th>
                  <th className="py-2">{t("holds.columns.account")}</th>
                  <th className="py-2">{t("holds.columns.owner")}</th>
                  <th className="py-2">{t("holds.columns.orderDate")}</th>
                  <th className="py-2 text-right">{t("holds.columns.total")}</th>
                  <th className="py-2 text-right">{t("holds.columns.limit")}</th>
                  <th className="py-2">{t("holds.columns.reason")}</th>
                  <th className="py-2">{t("holds.columns.heldAt")}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((o) => (
                  <tr key={o.id} className="border-b border-slate-100 dark:border-slate-800" data-testid="credit-hold-row">
                    <td className="py-2 pr-2">
                      <Link href={`/app/sales/orders/${o.id}`} className="font-medium text-brand-600 hover:underline dark:text-blue-400">
                        {o.number}
                      </Link>
                    </td>
                    <td className="py-2 pr-2">
                      <Link href={`/app/crm/accounts/${o.account.id}`} className="hover:underline">
                        {o.account.name}
                      </Link>
                    </td>
                    <td className="py-2 pr-2">{o.owner.name}</td>
                    <td className="py-2 pr-2">{format.dateTime(new Date(`${o.orderDate}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" })}</td>
                    <td className="py-2 pr-2 text-right tabular-nums">{displayMoney(toMinor(o.total), o.currencyCode, locale)}</td>
                    <td className="py-2 pr-2 text-right tabular-nums">{o.account.creditLimit === null ? "—" : displayMoney(o.account.creditLimit, base, locale)}</td>
                    <td className="py-2 pr-2">{t(`reasons.${o.creditHoldReason === "overdue" ? "overdue" : "over_limit"}`)}</td>
                    <td className="py-2 text-xs text-slate-500">{o.creditHoldAt ? format.dateTime(o.creditHoldAt, { dateStyle: "medium", timeStyle: "short" }) : ""}</td>
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
