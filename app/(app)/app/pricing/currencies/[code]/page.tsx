import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { ExchangeRateDelete } from "@/components/pricing/exchange-rate-delete";
import { ExchangeRateForm } from "@/components/pricing/exchange-rate-form";
import { formatDay } from "@/components/pricing/format-day";
import { Badge, Card, PageHeader } from "@/components/ui/card";
import { requirePermission } from "@/lib/auth/session";
import { companyDay } from "@/lib/pricing/company-day";
import { findBaseCurrency } from "@/lib/pricing/currencies/find-base-currency";
import { findCurrency } from "@/lib/pricing/currencies/find-currencies";
import { findExchangeRates } from "@/lib/pricing/currencies/find-exchange-rates";

type Props = { params: Promise<{ code: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations("pricing");
  return { title: t("rates.title", { currency: (await params).code.toUpperCase().slice(0, 3) }) };
}

export default async function CurrencyRatesPage({ params, searchParams }: Props) {
  const actor = await requirePermission("currency.manage");
  const code = (await params).code.toUpperCase();
  const currency = /^[A-Z]{3}$/.test(code) ? await findCurrency({ actor, code }) : null;
  if (!currency || currency.isBase) notFound();
  const raw = await searchParams;
  const page = Math.max(1, Number.parseInt(String(raw.page ?? "1"), 10) || 1);
  const [rates, base] = await Promise.all([findExchangeRates({ actor, currencyCode: code, page }), findBaseCurrency()]);
  const t = await getTranslations("pricing");
  const format = await getFormatter();
  const locale = await getLocale();
  const name = locale === "en" ? currency.nameEn : currency.nameZh;

  return (
    <div>
      <Breadcrumbs items={[{ label: t("title") }, { label: t("currencies.title"), href: "/app/pricing/currencies" }, { label: code }]} />
      <PageHeader
        title={t("rates.title", { currency: code })}
        description={t("rates.description", { currency: code, name, base })}
        actions={currency.enabled ? <Badge tone="green">{t("currencies.enabled")}</Badge> : <Badge>{t("currencies.disabled")}</Badge>}
      />
      <div className="space-y-6">
        <Card>
          <h2 className="mb-3 text-sm font-medium text-slate-500">{t("rates.enter")}</h2>
          <ExchangeRateForm currencies={[currency]} currency={code} baseCurrency={base} today={companyDay()} />
        </Card>
        <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm dark:border-slate-800 dark:bg-slate-900">
          <table className="min-w-full text-left text-sm" data-testid="rates-table">
            <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-500 dark:bg-slate-800/50 dark:text-slate-400">
              <tr>
                <th scope="col" className="px-3 py-2 font-medium">{t("rates.columns.date")}</th>
                <th scope="col" className="px-3 py-2 text-right font-medium">{t("rates.columns.rate", { from: code, to: base })}</th>
                <th scope="col" className="px-3 py-2 font-medium">{t("rates.columns.source")}</th>
                <th scope="col" className="px-3 py-2 font-medium">{t("rates.columns.enteredAt")}</th>
                <th scope="col" className="px-3 py-2"><span className="sr-only">{t("rates.columns.actions")}</span></th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
              {rates.rows.map((r) => (
                <tr key={r.id} data-testid="rate-row" data-date={r.rateDate}>
                  <td className="px-3 py-2"><time dateTime={r.rateDate}>{formatDay(format, r.rateDate)}</time></td>
                  <td className="px-3 py-2 text-right font-mono tabular-nums" data-testid="rate-value">{r.rate}</td>
                  <td className="px-3 py-2">{r.source === "csv" ? t("rates.sourceCsv") : t("rates.sourceManual")}</td>
                  <td className="px-3 py-2 text-xs text-slate-500">{format.dateTime(r.createdAt, { dateStyle: "medium", timeStyle: "short" })}</td>
                  <td className="px-3 py-2 text-right"><ExchangeRateDelete currencyCode={code} rateDate={r.rateDate} /></td>
                </tr>
              ))}
              {rates.rows.length === 0 && (
                <tr>
                  <td colSpan={5} className="px-3 py-10 text-center text-slate-500" data-testid="empty-state">{t("rates.empty")}</td>
                </tr>
              )}
            </tbody>
          </table>
          {rates.pages > 1 && (
            <nav className="flex items-center justify-end gap-3 border-t border-slate-200 p-3 text-sm dark:border-slate-800" aria-label={t("items.pages")}>
              {rates.page > 1 && <Link href={`?page=${rates.page - 1}`} className="text-brand-600 hover:underline">{t("items.previous")}</Link>}
              <span className="text-slate-500">{t("items.pageOf", { page: rates.page, pages: rates.pages })}</span>
              {rates.page < rates.pages && <Link href={`?page=${rates.page + 1}`} className="text-brand-600 hover:underline">{t("items.next")}</Link>}
            </nav>
          )}
        </div>
      </div>
    </div>
  );
}
