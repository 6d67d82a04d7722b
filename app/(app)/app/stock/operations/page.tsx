import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ArrowLeftRight, PackagePlus, SlidersHorizontal } from "lucide-react";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { OperationsTable } from "@/components/stock/operations-table";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { findWarehouseOptions } from "@/lib/stock/find-stock-filter-options";
import { findStockOperations } from "@/lib/stock/operations/find-stock-operations";
import { OPERATIONS_TABLE } from "@/lib/stock/operations/operations-table";
import { parseTableParams, tableState } from "@/lib/table/params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("stock.operations");
  return { title: t("title") };
}

export default async function StockOperationsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePermission("stock.read");
  const params = parseTableParams(OPERATIONS_TABLE, await searchParams);
  const [{ rows, total, page }, warehouses] = await Promise.all([findStockOperations({ actor, params }), findWarehouseOptions()]);
  const t = await getTranslations("stock");
  return (
    <div>
      <Breadcrumbs items={[{ label: t("title"), href: "/app/stock" }, { label: t("operations.title") }]} />
      <PageHeader
        title={t("operations.title")}
        description={t("operations.description")}
        actions={
          can(actor, "stock.manage") ? (
            <>
              <Link href="/app/stock/operations/new?type=receipt" className={buttonClass()}>
                <PackagePlus className="h-4 w-4" aria-hidden />
                {t("actions.receipt")}
              </Link>
              <Link href="/app/stock/operations/new?type=adjustment" className={buttonClass("secondary")}>
                <SlidersHorizontal className="h-4 w-4" aria-hidden />
                {t("actions.adjustment")}
              </Link>
              <Link href="/app/stock/operations/new?type=transfer" className={buttonClass("secondary")}>
                <ArrowLeftRight className="h-4 w-4" aria-hidden />
                {t("actions.transfer")}
              </Link>
            </>
          ) : undefined
        }
      />
      <OperationsTable rows={rows} total={total} state={tableState(params, page)} warehouses={warehouses} />
    </div>
  );
}
