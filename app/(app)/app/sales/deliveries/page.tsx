import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Plus } from "lucide-react";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { DeliveriesTable } from "@/components/sales/deliveries/deliveries-table";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { DELIVERIES_TABLE } from "@/lib/sales/deliveries/deliveries-table";
import { findDeliveries } from "@/lib/sales/deliveries/find-deliveries";
import { parseTableParams, tableState } from "@/lib/table/params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("deliveries");
  return { title: t("title") };
}

export default async function DeliveriesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePermission("sales.read");
  const params = parseTableParams(DELIVERIES_TABLE, await searchParams);
  const [{ rows, total, page }, t] = await Promise.all([findDeliveries({ actor, params }), getTranslations("deliveries")]);
  return (
    <div>
      <Breadcrumbs items={[{ label: t("title") }]} />
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          can(actor, "delivery.manage") ? (
            <Link href="/app/sales/deliveries/new" className={buttonClass()} data-testid="new-delivery">
              <Plus className="h-4 w-4" aria-hidden />
              {t("actions.new")}
            </Link>
          ) : undefined
        }
      />
      <DeliveriesTable rows={rows} total={total} state={tableState(params, page)} />
    </div>
  );
}
