import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { FileText, Plus } from "lucide-react";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { AgingSummary } from "@/components/sales/receivables/aging-summary";
import { LedgerTable } from "@/components/sales/receivables/ledger-table";
import { PeriodForm } from "@/components/sales/receivables/period-form";
import { buttonClass } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { can } from "@/lib/auth/permissions";
import { getActor, requirePermission } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors";
import { findAccountLedger } from "@/lib/sales/receivables/find-account-ledger";
import { parsePeriod } from "@/lib/sales/receivables/period";

type Props = { params: Promise<{ accountId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

async function load(accountId: string, search: Record<string, string | string[] | undefined>) {
  // Reps see their own customers' ledgers: sales.read + the account in scope (else 404).
  const actor = await requirePermission("sales.read");
  const { from, to } = parsePeriod(search);
  try {
    return { actor, ledger: await findAccountLedger({ actor, accountId, from, to }) };
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  if (!can(await getActor(), "sales.read")) return {};
  const { ledger } = await load((await params).accountId, await searchParams);
  return { title: ledger.account.name };
}

export default async function AccountLedgerPage({ params, searchParams }: Props) {
  const { actor, ledger } = await load((await params).accountId, await searchParams);
  const t = await getTranslations("receivables");
  const tp = await getTranslations("payments");
  const period = `from=${ledger.from}&to=${ledger.to}`;
  return (
    <div>
      <Breadcrumbs items={[...(can(actor, "billing.read") ? [{ label: t("title"), href: "/app/billing/receivables" }] : []), { label: ledger.account.name }]} />
      <PageHeader
        title={`${t("ledger.title")} · ${ledger.account.name}`}
        description={t("ledger.description")}
        actions={
          <div className="flex gap-2">
            <Link href={`/app/billing/receivables/${ledger.account.id}/statement?${period}`} className={buttonClass("secondary")} data-testid="open-statement">
              <FileText className="h-4 w-4" aria-hidden />
              {t("ledger.statement")}
            </Link>
            {can(actor, "billing.manage") && (
              <Link href={`/app/billing/payments/new?accountId=${ledger.account.id}`} className={buttonClass()} data-testid="ledger-new-payment">
                <Plus className="h-4 w-4" aria-hidden />
                {tp("new")}
              </Link>
            )}
          </div>
        }
      />
      <Card className="mb-4">
        <PeriodForm from={ledger.from} to={ledger.to} />
      </Card>
      <Card className="mb-4">
        {ledger.truncated && <p className="mb-2 text-sm text-amber-700">{t("ledger.truncated")}</p>}
        <LedgerTable ledger={ledger} testId="account-ledger" />
      </Card>
      <Card>
        <AgingSummary aging={ledger.aging} currency={ledger.baseCurrency} asOf={ledger.to} />
      </Card>
    </div>
  );
}
