import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Plus } from "lucide-react";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { PriceListsTable } from "@/components/pricing/price-lists-table";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { requirePermission } from "@/lib/auth/session";
import { findEnabledCurrencies } from "@/lib/pricing/currencies/find-currencies";
import { findPriceLists } from "@/lib/pricing/price-lists/find-price-lists";
import { PRICE_LISTS_TABLE } from "@/lib/pricing/price-lists/price-lists-table";
import { parseTableParams, tableState } from "@/lib/table/params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("pricing");
  return { title: t("lists.title") };
}

export default async function PriceListsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePermission("pricing.manage");
  const params = parseTableParams(PRICE_LISTS_TABLE, await searchParams);
  const [{ rows, total, page }, currencies] = await Promise.all([findPriceLists({ actor, params }), findEnabledCurrencies({ actor })]);
  const t = await getTranslations("pricing");

  return (
    <div>
      <Breadcrumbs items={[{ label: t("title") }, { label: t("lists.title") }]} />
      <PageHeader
        title={t("lists.title")}
        description={t("lists.description")}
        actions={
          <Link href="/app/pricing/price-lists/new" className={buttonClass()} data-testid="new-price-list">
            <Plus className="h-4 w-4" aria-hidden />
            {t("lists.new")}
          </Link>
        }
      />
      <PriceListsTable rows={rows} total={total} state={tableState(params, page)} currencies={currencies.map((c) => c.code)} />
    </div>
  );
}
