import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Upload } from "lucide-react";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { CurrencyCreateForm } from "@/components/pricing/currency-create-form";
import { CurrencyToggle } from "@/components/pricing/currency-toggle";
import { ExchangeRateForm } from "@/components/pricing/exchange-rate-form";
import { formatDay } from "@/components/pricing/format-day";
import { buttonClass } from "@/components/ui/button";
import { Badge, Card, PageHeader } from "@/components/ui/card";
import { requirePermission } from "@/lib/auth/session";
import { companyDay } from "@/lib/pricing/company-day";
import { findCurrencies } from "@/lib/pricing/currencies/find-currencies";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("pricing");
  return { title: t("currencies.title") };
}

export default async function CurrenciesPage() {
  const actor = await requirePermission("currency.manage");
  const { base, rows } = await findCurrencies({ actor });
  const t = await getTranslations("pricing");
  const format = await getFormatter();
  const locale = await getLocale();
  const others = rows.filter((r) => !r.isBase);

  return (
    <div>
      <Breadcrumbs items={[{ label: t("title") }, { label: t("currencies.title") }]} />
      <PageHeader
        title={t("currencies.title")}
        description={t("currencies.description", { base })}
        actions={
          <Link href="/app/pricing/currencies/import" className={buttonClass("secondary")} data-testid="rates-import-link">
            <Upload className="h-4 w-4" aria-hidden />
            {t("import.title")}
          </Link>
        }
      />
      <div className="space-y-6">
        <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm dark:border-slate-800 dark:bg-slate-900">
          <table className="min-w-full text-left text-sm" data-testid="currencies-table">
            <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-500 dark:bg-slate-800/50 dark:text-slate-400">
              <tr>
                <th scope="col" className="px-3 py-2 font-medium">{t("currencies.columns.code")}</th>
                <th scope="col" className="px-3 py-2 font-medium">{t("currencies.columns.name")}</th>
                <th scope="col" className="px-3 py-2 text-right font-medium">{t("currencies.columns.decimals")}</th>
                <th scope="col" className="px-3 py-2 font-medium">{t("currencies.columns.status")}</th>
                <th scope="col" className="px-3 py-2 font-medium">{t("currencies.columns.latestRate")}</th>
                <th scope="col" className="px-3 py-2 text-right font-medium">{t("currencies.columns.rates")}</th>
                <th scope="col" className="px-3 py-2"><span className="sr-only">{t("currencies.columns.actions")}</span></th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
              {rows.map((c) => (
                <tr key={c.code} data-testid={`currency-${c.code}`}>
                  <td className="px-3 py-2 font-mono font-medium">
                    {c.isBase ? c.code : <Link href={`/app/pricing/currencies/${c.code}`} className="text-brand-600 hover:underline dark:text-blue-400">{c.code}</Link>}
                  </td>
                  <td className="px-3 py-2">{locale === "en" ? c.nameEn : c.nameZh}</td>
                  <td className="px-3 py-2 text-right tabular-nums">{c.minorDigits}</td>
                  <td className="px-3 py-2">
                    {c.isBase ? <Badge tone="blue">{t("currencies.base")}</Badge> : c.enabled ? <Badge tone="green">{t("currencies.enabled")}</Badge> : <Badge>{t("currencies.disabled")}</Badge>}
                  </td>
                  <td className="px-3 py-2" data-testid={`currency-latest-${c.code}`}>
                    {c.isBase ? (
                      <span className="text-slate-400">{t("currencies.baseRate")}</span>
                    ) : c.latest ? (
                      <span>
                        <span className="tabular-nums">{t("currencies.rateText", { from: c.code, rate: c.latest.rate, to: base })}</span>
                        <span className="ml-2 text-xs text-slate-500">{t("currencies.rateOn", { date: formatDay(format, c.latest.rateDate) })}</span>
                      </span>
                    ) : (
                      <span className="text-slate-400">{t("currencies.noRate")}</span>
                    )}
                  </td>
                  <td className="px-3 py-2 text-right tabular-nums">{c.isBase ? "" : format.number(c.rateCount)}</td>
                  <td className="px-3 py-2">
                    {!c.isBase && <CurrencyToggle code={c.code} enabled={c.enabled} isBase={c.isBase} />}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div className="grid gap-6 lg:grid-cols-2">
          <Card>
            <h2 className="mb-3 text-sm font-medium text-slate-500">{t("rates.enter")}</h2>
            <ExchangeRateForm currencies={others} baseCurrency={base} today={companyDay()} />
          </Card>
          <Card>
            <h2 className="mb-3 text-sm font-medium text-slate-500">{t("currencies.addTitle")}</h2>
            <CurrencyCreateForm />
          </Card>
        </div>
      </div>
    </div>
  );
}
