import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { LowStockTable } from "@/components/stock/low-stock-table";
import { PageHeader } from "@/components/ui/card";
import { requirePermission } from "@/lib/auth/session";
import { findCategoryOptions } from "@/lib/stock/find-stock-filter-options";
import { findLowStock, LOW_STOCK_TABLE } from "@/lib/stock/low/find-low-stock";
import { parseTableParams, tableState } from "@/lib/table/params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("stock.low");
  return { title: t("title") };
}

export default async function LowStockPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePermission("stock.read");
  const params = parseTableParams(LOW_STOCK_TABLE, await searchParams);
  const [{ rows, total, page }, categories, t] = await Promise.all([findLowStock({ actor, params }), findCategoryOptions(actor.locale), getTranslations("stock")]);
  return (
    <div>
      <Breadcrumbs items={[{ label: t("title"), href: "/app/stock" }, { label: t("low.title") }]} />
      <PageHeader title={t("low.title")} description={t("low.description")} />
      <LowStockTable rows={rows} total={total} state={tableState(params, page)} categories={categories} />
    </div>
  );
}
