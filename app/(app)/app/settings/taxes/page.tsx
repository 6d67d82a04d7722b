import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { VatRateCreateForm } from "@/components/pricing/vat-rate-create-form";
import { VatRateRow } from "@/components/pricing/vat-rate-row";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePermission } from "@/lib/auth/session";
import { findVatRates } from "@/lib/pricing/taxes/find-vat-rates";
import { VAT_CATEGORIES } from "@/lib/validation/tax";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("pricing");
  return { title: t("taxes.title") };
}

export default async function TaxesPage() {
  const actor = await requirePermission("pricing.manage");
  const rates = await findVatRates({ actor });
  const t = await getTranslations("pricing");
  const ts = await getTranslations("settings");

  return (
    <div>
      <Breadcrumbs items={[{ label: ts("title"), href: "/app/settings" }, { label: t("taxes.title") }]} />
      <PageHeader title={t("taxes.title")} description={t("taxes.description")} />
      <div className="space-y-6">
        <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm dark:border-slate-800 dark:bg-slate-900">
          <table className="min-w-full text-left text-sm" data-testid="vat-rates">
            <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-500 dark:bg-slate-800/50 dark:text-slate-400">
              <tr>
                <th scope="col" className="px-3 py-2 font-medium">{t("taxes.columns.code")}</th>
                <th scope="col" className="px-3 py-2 font-medium">{t("taxes.columns.nameZh")}</th>
                <th scope="col" className="px-3 py-2 font-medium">{t("taxes.columns.nameEn")}</th>
                <th scope="col" className="px-3 py-2 text-right font-medium">{t("taxes.columns.rate")}</th>
                <th scope="col" className="px-3 py-2 font-medium">{t("taxes.columns.category")}</th>
                <th scope="col" className="px-3 py-2 font-medium">{t("taxes.columns.status")}</th>
                <th scope="col" className="px-3 py-2 text-right font-medium">{t("taxes.columns.products")}</th>
                <th scope="col" className="px-3 py-2"><span className="sr-only">{t("taxes.columns.actions")}</span></th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
              {rates.map((rate) => (
                <VatRateRow key={rate.code} rate={rate} />
              ))}
            </tbody>
          </table>
        </div>
        <Card>
          <h2 className="mb-3 text-sm font-medium text-slate-500">{t("taxes.addTitle")}</h2>
          <VatRateCreateForm />
        </Card>
        <Card>
          <h2 className="mb-3 text-sm font-medium text-slate-500">{t("taxes.categoriesTitle")}</h2>
          <dl className="grid gap-2 text-sm sm:grid-cols-[4rem_1fr]">
            {VAT_CATEGORIES.map((c) => (
              <div key={c} className="contents">
                <dt className="font-mono font-medium">{c}</dt>
                <dd className="text-slate-600 dark:text-slate-400">
                  <span className="font-medium text-slate-800 dark:text-slate-200">{t(`taxes.categoryNames.${c}`)}</span> — {t(`taxes.categories.${c}`)}
                </dd>
              </div>
            ))}
          </dl>
        </Card>
      </div>
    </div>
  );
}
