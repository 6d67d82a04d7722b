import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { PriceListForm } from "@/components/pricing/price-list-form";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePermission } from "@/lib/auth/session";
import { findEnabledCurrencies } from "@/lib/pricing/currencies/find-currencies";
import { findBaseCurrency } from "@/lib/pricing/currencies/find-base-currency";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("pricing");
  return { title: t("lists.new") };
}

export default async function NewPriceListPage() {
  const actor = await requirePermission("pricing.manage");
  const [currencies, baseCurrency] = await Promise.all([findEnabledCurrencies({ actor }), findBaseCurrency()]);
  const t = await getTranslations("pricing");
  return (
    <div>
      <Breadcrumbs items={[{ label: t("title") }, { label: t("lists.title"), href: "/app/pricing/price-lists" }, { label: t("lists.new") }]} />
      <PageHeader title={t("lists.new")} description={t("lists.newDescription")} />
      <Card>
        <PriceListForm currencies={currencies} baseCurrency={baseCurrency} />
      </Card>
    </div>
  );
}
