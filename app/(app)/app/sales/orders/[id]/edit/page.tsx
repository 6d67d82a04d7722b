import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { OrderForm } from "@/components/sales/orders/order-form";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePermission } from "@/lib/auth/session";
import { formatMoney, toMinor } from "@/lib/domain/money";
import { formatQuantity } from "@/lib/domain/quantity";
import { basisPointsToPercent } from "@/lib/domain/basis-points";
import { NotFoundError } from "@/lib/errors";
import { findOrder } from "@/lib/sales/orders/find-order";
import { findOrderFormOptions } from "@/lib/sales/orders/find-order-form-options";

type Props = { params: Promise<{ id: string }> };

async function load(id: string) {
  const actor = await requirePermission("sales.manage");
  try {
    const order = await findOrder({ actor, id });
    return { order, options: await findOrderFormOptions({ actor, accountId: order.accountId }) };
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("orders");
  return { title: t("editTitle") };
}

/** Edit a draft, or change a confirmed order (versioned, with a reason). */
export default async function EditOrderPage({ params }: Props) {
  const { order, options } = await load((await params).id);
  if (order.status === "cancelled") notFound();
  const t = await getTranslations("orders");
  const mode = order.status === "draft" ? "draft" : "change";
  const title = mode === "draft" ? t("editTitle") : t("changeTitle", { number: order.number ?? "" });
  const prepayment = toMinor(order.prepaymentRequired);
  return (
    <div>
      <Breadcrumbs items={[{ label: t("title"), href: "/app/sales/orders" }, { label: order.number ?? t("draftLabel"), href: `/app/sales/orders/${order.id}` }, { label: title }]} />
      <PageHeader title={title} description={order.account.name} />
      <Card>
        <OrderForm
          mode={mode}
          options={options}
          values={{
            id: order.id,
            contactId: order.contactId ?? "",
            warehouseId: order.warehouseId,
            currencyCode: order.currencyCode,
            priceListId: order.priceListId ?? "",
            orderDate: order.orderDate,
            requestedDate: order.requestedDate,
            paymentTermsDays: String(order.paymentTermsDays),
            customerReference: order.customerReference,
            shippingAddress: order.shippingAddress,
            notes: order.notes,
            // The stored amount is exact; editing it as an amount keeps it so.
            prepaymentKind: "amount",
            prepayment: prepayment > 0 ? formatMoney(prepayment, order.currencyCode) : "",
            lines: order.lines.map((l) => ({
              key: l.id,
              productId: l.productId ?? "",
              sku: l.product?.sku ?? "",
              description: l.description,
              quantity: formatQuantity(l.quantity),
              unitPrice: formatMoney(l.unitPrice, order.currencyCode),
              discount: l.discountBp ? basisPointsToPercent(l.discountBp) : "",
            })),
          }}
        />
      </Card>
    </div>
  );
}
