import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Banknote, Plus } from "lucide-react";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { PaymentsTable } from "@/components/sales/payments/payments-table";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { findPaymentAccounts, findPayments } from "@/lib/sales/payments/find-payments";
import { PAYMENTS_TABLE } from "@/lib/sales/payments/payments-table";
import { parseTableParams, tableState } from "@/lib/table/params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("payments");
  return { title: t("title") };
}

export default async function PaymentsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePermission("sales.read");
  const params = parseTableParams(PAYMENTS_TABLE, await searchParams);
  const [{ rows, total, page }, accounts] = await Promise.all([findPayments({ actor, params }), findPaymentAccounts({ actor })]);
  const t = await getTranslations("payments");
  return (
    <div>
      <Breadcrumbs items={[{ label: t("title") }]} />
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          can(actor, "billing.manage") ? (
            <div className="flex gap-2">
              <Link href="/app/billing/cash-sale" className={buttonClass("secondary")} data-testid="cash-sale-link">
                <Banknote className="h-4 w-4" aria-hidden />
                {t("cashSale")}
              </Link>
              <Link href="/app/billing/payments/new" className={buttonClass()} data-testid="new-payment">
                <Plus className="h-4 w-4" aria-hidden />
                {t("new")}
              </Link>
            </div>
          ) : undefined
        }
      />
      <PaymentsTable rows={rows} total={total} state={tableState(params, page)} accounts={accounts} />
    </div>
  );
}
