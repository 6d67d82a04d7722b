import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { PaymentForm } from "@/components/sales/payments/payment-form";
import { Button } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { SelectField } from "@/components/ui/field";
import { requirePermission } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors";
import { companyDay } from "@/lib/pricing/company-day";
import { findPaymentForm } from "@/lib/sales/payments/find-payment-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("payments");
  return { title: t("newTitle") };
}

export default async function NewPaymentPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePermission("billing.manage");
  const raw = (await searchParams).accountId;
  const accountId = typeof raw === "string" && raw ? raw : null;
  const options = await findPaymentForm({ actor, accountId }).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const t = await getTranslations("payments");
  return (
    <div>
      <Breadcrumbs items={[{ label: t("title"), href: "/app/billing/payments" }, { label: t("newTitle") }]} />
      <PageHeader title={t("newTitle")} />
      <Card className="mb-4">
        {/* Choosing the customer reloads the page with its open invoices (a plain GET form). */}
        <form method="get" className="flex max-w-3xl items-end gap-2" data-testid="payment-account-form">
          <SelectField
            className="flex-1"
            label={t("form.account")}
            name="accountId"
            defaultValue={options.account?.id ?? ""}
            options={[{ value: "", label: t("form.chooseAccount") }, ...options.accounts.map((a) => ({ value: a.id, label: `${a.name} (${a.code})` }))]}
          />
          <Button type="submit" variant="secondary" data-testid="payment-account-choose">
            {t("form.change")}
          </Button>
        </form>
      </Card>
      {options.account && (
        <Card>
          <PaymentForm
            key={options.account.id}
            idempotencyKey={randomUUID()}
            account={options.account}
            currencies={options.currencies}
            baseCurrency={options.baseCurrency}
            today={companyDay()}
            openInvoices={options.openInvoices}
            orders={options.orders}
          />
        </Card>
      )}
    </div>
  );
}
