import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { companyDay } from "@/lib/pricing/company-day";
import { type Difference, reconcile, type ReconciliationSummary } from "./compare-reconciliation";
import { loadDeliveredLines, loadFactSums, loadIssuedDocuments, loadLedgerEntries, loadUndeliveredInvoiceLines, type Period } from "./load-reconciliation-rows";

export const DIFFERENCES_PAGE_SIZE = 50;

export type DifferenceRow = Difference & { accountName: string };

export type ReconciliationReport = {
  period: Period;
  /** The customer the report is narrowed to, when one is. */
  account: { id: string; name: string } | null;
  baseCurrency: string;
  summary: ReconciliationSummary;
  differences: DifferenceRow[];
  totalDifferences: number;
  page: number;
  pageCount: number;
};

/** The default period: the current calendar month up to today. */
export function defaultReconciliationPeriod(now: Date = new Date()): Period {
  const today = companyDay(now);
  return { from: `${today.slice(0, 7)}-01`, to: today };
}

/**
 * The reconciliation report (实际销售商品金额与帐面金额核对) for [from, to]. A finance report
 * across all customers: billing.read is the gate (roles with it see every account), so there is
 * no row scope to apply. Differences are listed a page at a time, with their customers' names.
 */
export async function findReconciliation({ actor, period, page = 1 }: { actor: Actor; period: Period; page?: number }): Promise<ReconciliationReport> {
  assertCan(actor, "billing.read");
  const days = period.from <= period.to ? { from: period.from, to: period.to } : { from: period.to, to: period.from };
  // billing.read sees every customer: an unknown id simply narrows to nothing.
  const account = period.accountId ? await db.account.findUnique({ where: { id: period.accountId }, select: { id: true, name: true } }) : null;
  const range: Period = period.accountId ? { ...days, accountId: period.accountId } : days;
  const company = await db.company.findUnique({ where: { id: "company" }, select: { baseCurrency: true } });
  const baseCurrency = company?.baseCurrency ?? "CNY";

  const deliveredLines = await loadDeliveredLines(range);
  const undelivered = await loadUndeliveredInvoiceLines(range);
  const documents = await loadIssuedDocuments(range, baseCurrency);
  const facts = await loadFactSums(range);
  const entries = await loadLedgerEntries(range);
  const { summary, differences } = reconcile({ baseCurrency, deliveredLines, undelivered, documents, facts, entries });

  const pageCount = Math.max(1, Math.ceil(differences.length / DIFFERENCES_PAGE_SIZE));
  const current = Math.min(Math.max(1, Math.trunc(page) || 1), pageCount);
  const slice = differences.slice((current - 1) * DIFFERENCES_PAGE_SIZE, current * DIFFERENCES_PAGE_SIZE);
  const accountIds = [...new Set(slice.map((d) => d.accountId).filter(Boolean))];
  const accounts = accountIds.length ? await db.account.findMany({ where: { id: { in: accountIds } }, select: { id: true, name: true } }) : [];
  const nameOf = new Map(accounts.map((a) => [a.id, a.name]));
  return {
    period: range,
    account,
    baseCurrency,
    summary,
    differences: slice.map((d) => ({ ...d, accountName: nameOf.get(d.accountId) ?? "" })),
    totalDifferences: differences.length,
    page: current,
    pageCount,
  };
}
