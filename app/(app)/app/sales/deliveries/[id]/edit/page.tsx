import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { DeliveryForm } from "@/components/sales/deliveries/delivery-form";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePermission } from "@/lib/auth/session";
import { formatQuantity } from "@/lib/domain/quantity";
import { NotFoundError } from "@/lib/errors";
import { findDeliverableLines } from "@/lib/sales/deliveries/find-deliverable-lines";
import { findDelivery } from "@/lib/sales/deliveries/find-delivery";
import { findWarehouseOptions } from "@/lib/stock/find-stock-filter-options";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("deliveries");
  return { title: t("edit.title") };
}

export default async function EditDeliveryPage({ params }: Props) {
  const actor = await requirePermission("delivery.manage");
  const { id } = await params;
  let delivery, offer;
  try {
    delivery = await findDelivery({ actor, id });
    offer = await findDeliverableLines({ actor, accountId: delivery.accountId });
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
  // Only drafts are edited; a posted note is a record of goods that left.
  if (delivery.status !== "draft") redirect(`/app/sales/deliveries/${id}`);
  const [t, warehouses] = await Promise.all([getTranslations("deliveries"), findWarehouseOptions({ activeOnly: true })]);
  const quantities = Object.fromEntries(delivery.lines.map((l) => [l.orderLineId, formatQuantity(l.quantity)]));
  return (
    <div>
      <Breadcrumbs items={[{ label: t("title"), href: "/app/sales/deliveries" }, { label: delivery.number, href: `/app/sales/deliveries/${id}` }, { label: t("edit.title") }]} />
      <PageHeader title={t("edit.heading", { number: delivery.number })} description={delivery.account.name} />
      <Card>
        <DeliveryForm
          values={{
            id,
            accountId: delivery.accountId,
            warehouseId: delivery.warehouseId,
            deliveryDate: delivery.deliveryDate,
            shippingAddress: delivery.shippingAddress,
            carrier: delivery.carrier,
            trackingNumber: delivery.trackingNumber,
            notes: delivery.notes,
            quantities,
          }}
          warehouses={warehouses}
          lines={offer.lines}
        />
      </Card>
    </div>
  );
}
