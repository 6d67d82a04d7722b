import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { DeliveryForm } from "@/components/sales/deliveries/delivery-form";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePermission } from "@/lib/auth/session";
import { formatQuantity } from "@/lib/domain/quantity";
import { NotFoundError } from "@/lib/errors";
import { companyDay } from "@/lib/pricing/company-day";
import { findAccountsToDeliver } from "@/lib/sales/deliveries/find-accounts-to-deliver";
import { findDeliverableLines } from "@/lib/sales/deliveries/find-deliverable-lines";
import { findWarehouseOptions } from "@/lib/stock/find-stock-filter-options";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const one = (v: string | string[] | undefined) => (typeof v === "string" && /^[A-Za-z0-9_-]{1,50}$/.test(v) ? v : undefined);

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("deliveries");
  return { title: t("new.title") };
}

export default async function NewDeliveryPage({ searchParams }: Props) {
  const actor = await requirePermission("delivery.manage");
  const sp = await searchParams;
  const orderId = one(sp.orderId);
  const accountId = one(sp.accountId);
  const t = await getTranslations("deliveries");
  const crumbs = <Breadcrumbs items={[{ label: t("title"), href: "/app/sales/deliveries" }, { label: t("new.title") }]} />;

  if (!orderId && !accountId) {
    const accounts = await findAccountsToDeliver({ actor });
    return (
      <div>
        {crumbs}
        <PageHeader title={t("new.title")} description={t("new.pickAccount")} />
        <Card className="p-0">
          {accounts.length === 0 ? (
            <p className="p-5 text-sm text-slate-500">{t("new.nothingToDeliver")}</p>
          ) : (
            <ul className="divide-y divide-slate-100 dark:divide-slate-800" data-testid="accounts-to-deliver">
              {accounts.map((a) => (
                <li key={a.id}>
                  <Link href={`/app/sales/deliveries/new?accountId=${a.id}`} className="flex items-center justify-between gap-3 px-5 py-3 text-sm hover:bg-slate-50 dark:hover:bg-slate-800/50">
                    <span className="font-medium text-brand-600 dark:text-blue-400">{a.name}</span>
                    <span className="text-slate-500">{t("new.openOrders", { count: a.orders, since: a.oldestOrderDate })}</span>
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
    );
  }

  let offer;
  try {
    offer = await findDeliverableLines({ actor, orderId, accountId: orderId ? undefined : accountId });
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
  const warehouses = await findWarehouseOptions({ activeOnly: true });
  const warehouseId = offer.warehouseId ?? warehouses.find((w) => w.isDefault)?.value ?? warehouses[0]?.value ?? "";
  // Started from an order: its open lines are prefilled with what is open; others start empty.
  const quantities = Object.fromEntries(offer.lines.filter((l) => orderId && l.orderId === orderId).map((l) => [l.orderLineId, formatQuantity(l.open)]));
  return (
    <div>
      {crumbs}
      <PageHeader title={t("new.title")} description={t("new.forAccount", { account: offer.account.name })} />
      <Card>
        <DeliveryForm
          values={{ accountId: offer.account.id, warehouseId, deliveryDate: companyDay(), shippingAddress: offer.shippingAddress, carrier: "", trackingNumber: "", notes: "", quantities }}
          warehouses={warehouses}
          lines={offer.lines}
        />
      </Card>
    </div>
  );
}
