import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { WarehouseForm } from "@/components/stock/warehouse-form";
import { Card, PageHeader } from "@/components/ui/card";
import { can } from "@/lib/auth/permissions";
import { getActor, requirePermission } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors";
import { findWarehouse } from "@/lib/stock/warehouses/find-warehouses";

type Props = { params: Promise<{ id: string }> };

async function load(id: string) {
  const actor = await requirePermission("stock.manage");
  try {
    return await findWarehouse({ actor, id });
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  if (!can(await getActor(), "stock.manage")) return {};
  const w = await load((await params).id);
  return { title: `${w.code} · ${w.name}` };
}

export default async function EditWarehousePage({ params }: Props) {
  const w = await load((await params).id);
  const t = await getTranslations("stock");
  return (
    <div>
      <Breadcrumbs items={[{ label: t("title"), href: "/app/stock" }, { label: t("warehouses.title"), href: "/app/stock/warehouses" }, { label: w.code }]} />
      <PageHeader title={`${w.code} · ${w.name}`} description={t("warehouses.editDescription")} />
      <Card>
        <WarehouseForm key={w.id} warehouse={{ id: w.id, code: w.code, name: w.name, address: w.address, isDefault: w.isDefault, active: w.active }} />
      </Card>
    </div>
  );
}
