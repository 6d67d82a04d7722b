import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { InvoiceForm } from "@/components/sales/invoices/invoice-form";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePermission } from "@/lib/auth/session";
import { formatQuantity } from "@/lib/domain/quantity";
import { NotFoundError } from "@/lib/errors";
import { companyDay } from "@/lib/pricing/company-day";
import { findAccountsToInvoice, findInvoiceSources } from "@/lib/sales/invoices/find-invoice-sources";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const one = (v: string | string[] | undefined) => (typeof v === "string" && /^[A-Za-z0-9_-]{1,50}$/.test(v) ? v : undefined);

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("invoices");
  return { title: t("form.title") };
}

export default async function NewInvoicePage({ searchParams }: Props) {
  const actor = await requirePermission("billing.manage");
  const sp = await searchParams;
  const deliveryId = one(sp.deliveryId);
  const orderId = one(sp.orderId);
  const accountId = one(sp.accountId);
  const t = await getTranslations("invoices");
  const crumbs = <Breadcrumbs items={[{ label: t("title"), href: "/app/billing/invoices" }, { label: t("form.title") }]} />;

  if (!deliveryId && !orderId && !accountId) {
    const accounts = await findAccountsToInvoice({ actor });
    return (
      <div>
        {crumbs}
        <PageHeader title={t("form.title")} description={t("form.pickAccount")} />
        <Card className="p-0">
          {accounts.length === 0 ? (
            <p className="p-5 text-sm text-slate-500">{t("form.noAccounts")}</p>
          ) : (
            <ul className="divide-y divide-slate-100 dark:divide-slate-800" data-testid="accounts-to-invoice">
              {accounts.map((a) => (
                <li key={a.id}>
                  <Link href={`/app/billing/invoices/new?accountId=${a.id}`} className="block px-5 py-3 text-sm font-medium text-brand-600 hover:bg-slate-50 dark:text-blue-400 dark:hover:bg-slate-800/50">
                    {a.name}
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
    offer = await findInvoiceSources({ actor, deliveryId, orderId: deliveryId ? undefined : orderId, accountId: deliveryId || orderId ? undefined : accountId });
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
  // Opened from a delivery or an order: its lines start filled with what is open.
  const quantities = Object.fromEntries(offer.lines.filter((l) => offer.preselected.includes(l.id)).map((l) => [l.id, formatQuantity(l.open)]));
  return (
    <div>
      {crumbs}
      <PageHeader title={t("form.title")} description={offer.account.name} />
      <Card>
        <InvoiceForm accountId={offer.account.id} issueDate={companyDay()} lines={offer.lines} quantities={quantities} />
      </Card>
    </div>
  );
}
