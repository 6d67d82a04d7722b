import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ArrowLeftRight, PackagePlus, SlidersHorizontal } from "lucide-react";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { BalancesTable } from "@/components/stock/balances-table";
import { WarehouseTotals } from "@/components/stock/warehouse-totals";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { BALANCES_TABLE } from "@/lib/stock/balances/balances-table";
import { findStockBalances, findWarehouseTotals } from "@/lib/stock/balances/find-stock-balances";
import { baseCurrency } from "@/lib/stock/base-currency";
import { findCategoryOptions, findWarehouseOptions } from "@/lib/stock/find-stock-filter-options";
import { parseTableParams, tableState } from "@/lib/table/params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("stock.balances");
  return { title: t("title") };
}

export default async function StockBalancesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePermission("stock.read");
  const params = parseTableParams(BALANCES_TABLE, await searchParams);
  const [{ rows, total, page }, totals, warehouses, categories, currency] = await Promise.all([
    findStockBalances({ actor, params }),
    findWarehouseTotals({ actor, params }),
    findWarehouseOptions(),
    findCategoryOptions(actor.locale),
    baseCurrency(),
  ]);
  const t = await getTranslations("stock");
  const manage = can(actor, "stock.manage");

  return (
    <div>
      <Breadcrumbs items={[{ label: t("title"), href: "/app/stock" }, { label: t("balances.title") }]} />
      <PageHeader
        title={t("balances.title")}
        description={t("balances.description")}
        actions={
          manage ? (
            <>
              <Link href="/app/stock/operations/new?type=receipt" className={buttonClass()} data-testid="new-receipt">
                <PackagePlus className="h-4 w-4" aria-hidden />
                {t("actions.receipt")}
              </Link>
              <Link href="/app/stock/operations/new?type=adjustment" className={buttonClass("secondary")} data-testid="new-adjustment">
                <SlidersHorizontal className="h-4 w-4" aria-hidden />
                {t("actions.adjustment")}
              </Link>
              <Link href="/app/stock/operations/new?type=transfer" className={buttonClass("secondary")} data-testid="new-transfer">
                <ArrowLeftRight className="h-4 w-4" aria-hidden />
                {t("actions.transfer")}
              </Link>
            </>
          ) : undefined
        }
      />
      <WarehouseTotals totals={totals} currency={currency} />
      <BalancesTable rows={rows} total={total} state={tableState(params, page)} warehouses={warehouses} categories={categories} currency={currency} showCost={can(actor, "cost.read")} />
    </div>
  );
}
