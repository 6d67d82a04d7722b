import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { ReconciliationDifferences } from "@/components/sales/reconciliation/reconciliation-differences";
import { ReconciliationSummary } from "@/components/sales/reconciliation/reconciliation-summary";
import { Button } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { requirePermission } from "@/lib/auth/session";
import { defaultReconciliationPeriod, findReconciliation } from "@/lib/sales/reconciliation/find-reconciliation";
import { filter } from "@/lib/table/params";
import { z } from "zod";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("reconciliation");
  return { title: t("title") };
}

// Lenient like the lists: a value that does not parse falls back to the default period.
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
const Day = filter.day();
const AccountId = z.string().regex(/^[A-Za-z0-9_-]{1,50}$/);

/** 实际销售商品金额与帐面金额核对: one period, four sides, every difference with its document. */
export default async function ReconciliationPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePermission("billing.read");
  const raw = await searchParams;
  const fallback = defaultReconciliationPeriod();
  const accountId = AccountId.safeParse(first(raw.account)).data;
  const period = { from: Day.safeParse(first(raw.from)).data || fallback.from, to: Day.safeParse(first(raw.to)).data || fallback.to, ...(accountId ? { accountId } : {}) };
  const page = Number.parseInt(first(raw.page) ?? "1", 10) || 1;
  const report = await findReconciliation({ actor, period, page });
  const [t, format] = await Promise.all([getTranslations("reconciliation"), getFormatter()]);
  const day = (d: string) => format.dateTime(new Date(`${d}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });
  const href = (params: { page?: number; account?: string | null }) => {
    const q = new URLSearchParams({ from: report.period.from, to: report.period.to });
    const account = params.account === undefined ? report.account?.id : params.account;
    if (account) q.set("account", account);
    if (params.page && params.page > 1) q.set("page", String(params.page));
    return `/app/billing/reconciliation?${q}`;
  };

  return (
    <div>
      <Breadcrumbs items={[{ label: t("title") }]} />
      <PageHeader title={t("title")} description={t("description")} />
      <Card className="mb-4">
        <form method="get" className="flex flex-wrap items-end gap-3" data-testid="reconciliation-period">
          <Field label={t("from")} name="from" type="date" defaultValue={report.period.from} required />
          <Field label={t("to")} name="to" type="date" defaultValue={report.period.to} required />
          {report.account && <input type="hidden" name="account" value={report.account.id} />}
          <Button type="submit">{t("apply")}</Button>
          <p className="pb-2 text-sm text-slate-500" data-testid="reconciliation-period-label">
            {t("period", { from: day(report.period.from), to: day(report.period.to) })}
          </p>
        </form>
        {report.account && (
          <p className="mt-3 text-sm" data-testid="reconciliation-customer">
            <span className="font-medium">{t("customer", { name: report.account.name })}</span>{" "}
            <Link href={href({ account: null })} className="text-brand-600 hover:underline dark:text-blue-400">
              {t("allCustomers")}
            </Link>
          </p>
        )}
      </Card>
      <ReconciliationSummary summary={report.summary} currency={report.baseCurrency} />
      <ReconciliationDifferences rows={report.differences} total={report.totalDifferences} page={report.page} pageCount={report.pageCount} currency={report.baseCurrency} pageHref={(p) => href({ page: p })} customerHref={(id) => href({ account: id })} />
    </div>
  );
}
