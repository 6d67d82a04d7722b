import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { WarehouseForm } from "@/components/stock/warehouse-form";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePermission } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("stock.warehouses");
  return { title: t("newTitle") };
}

export default async function NewWarehousePage() {
  await requirePermission("stock.manage");
  const t = await getTranslations("stock");
  return (
    <div>
      <Breadcrumbs items={[{ label: t("title"), href: "/app/stock" }, { label: t("warehouses.title"), href: "/app/stock/warehouses" }, { label: t("warehouses.newTitle") }]} />
      <PageHeader title={t("warehouses.newTitle")} />
      <Card>
        <WarehouseForm />
      </Card>
    </div>
  );
}
