import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { FileDown } from "lucide-react";
import { EmailDocumentForm } from "@/components/documents/email-document-form";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { AgingSummary } from "@/components/sales/receivables/aging-summary";
import { LedgerTable } from "@/components/sales/receivables/ledger-table";
import { PeriodForm } from "@/components/sales/receivables/period-form";
import { buttonClass } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { Fact } from "@/components/ui/fact";
import { can } from "@/lib/auth/permissions";
import { getActor, requirePermission } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors";
import { findStatement } from "@/lib/sales/receivables/find-statement";
import { parsePeriod } from "@/lib/sales/receivables/period";

type Props = { params: Promise<{ accountId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

async function load(accountId: string, search: Record<string, string | string[] | undefined>) {
  const actor = await requirePermission("sales.read");
  const { from, to } = parsePeriod(search);
  try {
    return { actor, statement: await findStatement({ actor, accountId, from, to }) };
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  if (!can(await getActor(), "sales.read")) return {};
  const { statement } = await load((await params).accountId, await searchParams);
  const t = await getTranslations("receivables.statement");
  return { title: `${t("title")} · ${statement.account.name}` };
}

/** 对账单 for a period: opening balance, the period's documents, closing balance, aging at the end. */
export default async function StatementPage({ params, searchParams }: Props) {
  const { actor, statement } = await load((await params).accountId, await searchParams);
  const t = await getTranslations("receivables");
  const { account, from, to } = statement;
  return (
    <div>
      <Breadcrumbs items={[{ label: account.name, href: `/app/billing/receivables/${account.id}?from=${from}&to=${to}` }, { label: t("statement.title") }]} />
      <PageHeader
        title={`${t("statement.heading")} · ${account.name}`}
        description={t("statement.period", { from, to })}
        actions={
          <a href={`/app/billing/receivables/${account.id}/statement/pdf?from=${from}&to=${to}`} className={buttonClass("secondary")} data-testid="statement-pdf">
            <FileDown className="h-4 w-4" aria-hidden />
            {t("statement.pdf")}
          </a>
        }
      />
      <Card className="mb-4">
        <PeriodForm from={from} to={to} />
      </Card>
      <Card className="mb-4">
        <dl className="mb-4 grid gap-4 sm:grid-cols-3">
          <Fact label={t("statement.customer")}>{`${account.name} (${account.code})`}</Fact>
          <Fact label={t("statement.taxId")}>{account.taxId}</Fact>
          <Fact label={t("statement.address")}>{account.billingAddress}</Fact>
        </dl>
        <p className="mb-2 text-xs text-slate-500">{t("statement.currencyNote", { currency: statement.baseCurrency })}</p>
        {statement.truncated && <p className="mb-2 text-sm text-amber-700">{t("ledger.truncated")}</p>}
        <LedgerTable ledger={statement} testId="statement-entries" />
      </Card>
      <Card className="mb-4">
        <AgingSummary aging={statement.aging} currency={statement.baseCurrency} asOf={to} />
      </Card>
      <Card>
        <h2 className="mb-2 font-semibold">{t("statement.email")}</h2>
        <EmailDocumentForm document={{ type: "statement", accountId: account.id, from, to }} defaultTo={account.contacts[0]?.email ?? ""} defaultLocale={actor.locale} />
      </Card>
    </div>
  );
}
