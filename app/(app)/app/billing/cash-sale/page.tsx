import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import { getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { CashSaleForm } from "@/components/sales/payments/cash-sale-form";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePermission } from "@/lib/auth/session";
import { findPaymentForm } from "@/lib/sales/payments/find-payment-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("payments.cash");
  return { title: t("title") };
}

export default async function CashSalePage() {
  const actor = await requirePermission("billing.manage");
  const options = await findPaymentForm({ actor, accountId: null });
  const t = await getTranslations("payments");
  return (
    <div>
      <Breadcrumbs items={[{ label: t("title"), href: "/app/billing/payments" }, { label: t("cash.title") }]} />
      <PageHeader title={t("cash.title")} description={t("cash.description")} />
      <Card>
        <CashSaleForm idempotencyKey={randomUUID()} accounts={options.accounts} currencyCode={options.baseCurrency} />
      </Card>
    </div>
  );
}
