import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Plus, User } from "lucide-react";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { OrdersTable } from "@/components/sales/orders/orders-table";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { findOrderOwners, findOrders } from "@/lib/sales/orders/find-orders";
import { ORDERS_TABLE } from "@/lib/sales/orders/orders-table";
import { parseTableParams, tableState } from "@/lib/table/params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("orders");
  return { title: t("title") };
}

export default async function OrdersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePermission("sales.read");
  const params = parseTableParams(ORDERS_TABLE, await searchParams);
  const [{ rows, total, page }, owners, company] = await Promise.all([
    findOrders({ actor, params }),
    findOrderOwners({ actor }),
    db.company.findUnique({ where: { id: "company" }, select: { baseCurrency: true } }),
  ]);
  const t = await getTranslations("orders");
  const mine = params.filters.owner === actor.id;

  return (
    <div>
      <Breadcrumbs items={[{ label: t("title") }]} />
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          <div className="flex gap-2">
            <Link href={mine ? "/app/sales/orders" : `/app/sales/orders?owner=${actor.id}`} className={buttonClass("secondary")} data-testid="my-orders">
              <User className="h-4 w-4" aria-hidden />
              {mine ? t("allOrders") : t("myOrders")}
            </Link>
            {can(actor, "sales.manage") && (
              <Link href="/app/sales/orders/new" className={buttonClass()} data-testid="new-order">
                <Plus className="h-4 w-4" aria-hidden />
                {t("new")}
              </Link>
            )}
          </div>
        }
      />
      <OrdersTable rows={rows} total={total} state={tableState(params, page)} owners={owners} baseCurrency={company?.baseCurrency ?? "CNY"} />
    </div>
  );
}
