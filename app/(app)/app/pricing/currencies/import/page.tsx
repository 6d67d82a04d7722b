import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { RatesImportForm } from "@/components/pricing/rates-import-form";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePermission } from "@/lib/auth/session";
import { findBaseCurrency } from "@/lib/pricing/currencies/find-base-currency";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("pricing");
  return { title: t("import.title") };
}

export default async function RatesImportPage() {
  await requirePermission("currency.manage");
  const base = await findBaseCurrency();
  const t = await getTranslations("pricing");
  return (
    <div>
      <Breadcrumbs items={[{ label: t("title") }, { label: t("currencies.title"), href: "/app/pricing/currencies" }, { label: t("import.title") }]} />
      <PageHeader title={t("import.title")} description={t("import.description", { base })} />
      <Card className="space-y-4">
        <pre className="rounded-md bg-slate-100 p-3 font-mono text-xs dark:bg-slate-800">{"currency,date,rate\nUSD,2026-03-02,7.1234\nEUR,2026-03-02,7.8012"}</pre>
        <RatesImportForm />
      </Card>
    </div>
  );
}
