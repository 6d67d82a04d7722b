import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { OrderForm } from "@/components/sales/orders/order-form";
import { Button } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { SelectField } from "@/components/ui/field";
import { requirePermission } from "@/lib/auth/session";
import { basisPointsToPercent } from "@/lib/domain/basis-points";
import { NotFoundError } from "@/lib/errors";
import { companyDay } from "@/lib/pricing/company-day";
import { findOrderAccounts, findOrderFormOptions } from "@/lib/sales/orders/find-order-form-options";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("orders");
  return { title: t("newTitle") };
}

/** A new order for one customer (?accountId=); without one, first pick the customer. */
export default async function NewOrderPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePermission("sales.manage");
  const raw = (await searchParams).accountId;
  const t = await getTranslations("orders");
  let options = null;
  if (typeof raw === "string" && raw) {
    try {
      options = await findOrderFormOptions({ actor, accountId: raw });
    } catch (error) {
      // A customer the actor may not see is treated as not chosen.
      if (!(error instanceof NotFoundError)) throw error;
    }
  }
  const crumbs = [{ label: t("title"), href: "/app/sales/orders" }, { label: t("newTitle") }];

  if (!options) {
    const accounts = await findOrderAccounts({ actor });
    return (
      <div>
        <Breadcrumbs items={crumbs} />
        <PageHeader title={t("newTitle")} />
        <Card>
          {accounts.length === 0 ? (
            <p className="text-sm text-slate-500">{t("pickAccount.none")}</p>
          ) : (
            <form method="get" className="flex max-w-lg items-end gap-2" data-testid="order-pick-account">
              <SelectField label={t("pickAccount.account")} name="accountId" className="flex-1" options={accounts.map((a) => ({ value: a.id, label: a.name }))} />
              <Button type="submit">{t("pickAccount.continue")}</Button>
            </form>
          )}
        </Card>
      </div>
    );
  }

  const list = options.priceLists.find((p) => p.id === options.account.priceListId);
  const currency = list && options.currencies.includes(list.currencyCode) ? list.currencyCode : options.baseCurrency;
  return (
    <div>
      <Breadcrumbs items={crumbs} />
      <PageHeader title={t("newTitle")} description={options.account.name} />
      <Card>
        <OrderForm
          mode="create"
          options={options}
          values={{
            contactId: options.account.contacts[0]?.id ?? "",
            warehouseId: options.warehouses[0]?.id ?? "",
            currencyCode: currency,
            priceListId: options.account.priceListId ?? "",
            orderDate: companyDay(),
            requestedDate: "",
            paymentTermsDays: String(options.account.paymentTermsDays),
            customerReference: "",
            shippingAddress: options.account.shippingAddress,
            notes: "",
            prepaymentKind: "percent",
            prepayment: options.account.prepaymentBp > 0 ? basisPointsToPercent(options.account.prepaymentBp) : "",
            lines: [],
          }}
        />
      </Card>
    </div>
  );
}
