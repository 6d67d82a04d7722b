import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Plus } from "lucide-react";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { InvoicesTable } from "@/components/sales/invoices/invoices-table";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { findInvoices } from "@/lib/sales/invoices/find-invoices";
import { INVOICES_TABLE } from "@/lib/sales/invoices/invoices-table";
import { baseCurrency } from "@/lib/stock/base-currency";
import { parseTableParams, tableState } from "@/lib/table/params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("invoices");
  return { title: t("title") };
}

export default async function InvoicesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePermission("sales.read");
  const params = parseTableParams(INVOICES_TABLE, await searchParams);
  const [{ rows, total, page }, t, base] = await Promise.all([findInvoices({ actor, params }), getTranslations("invoices"), baseCurrency()]);
  return (
    <div>
      <Breadcrumbs items={[{ label: t("title") }]} />
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          can(actor, "billing.manage") ? (
            <Link href="/app/billing/invoices/new" className={buttonClass()} data-testid="new-invoice">
              <Plus className="h-4 w-4" aria-hidden />
              {t("new")}
            </Link>
          ) : undefined
        }
      />
      <InvoicesTable rows={rows} total={total} state={tableState(params, page)} baseCurrency={base} />
    </div>
  );
}
