import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { scopeWithin } from "@/lib/auth/load-scope";
import { assertCan } from "@/lib/auth/permissions";
import { accountScopeWhere } from "@/lib/crm/crm-scope";
import type { Tx } from "@/lib/db/client";
import { AGING_BUCKETS } from "@/lib/domain/aging";
import { toMinor } from "@/lib/domain/money";
import { NotFoundError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/locales";
import { companyDay } from "@/lib/pricing/company-day";
import { buyerLines } from "./buyer-lines";
import type { DocumentSource } from "./document-source";
import { documentFormat, documentsTranslator, pdfFileName } from "./document-text";
import { loadSeller } from "./load-letterhead";
import { textBlocks } from "./price-blocks";
import { statementAging, statementRows } from "./statement-rows";

const KINDS = ["INVOICE", "CREDIT_NOTE", "PAYMENT", "REFUND"] as const;
type EntryKind = (typeof KINDS)[number];
const isKind = (k: string): k is EntryKind => (KINDS as readonly string[]).includes(k);

export type StatementInput = { actor: Actor; accountId: string; from: string; to: string; currency?: string; locale: Locale };

/**
 * A customer statement (对账单) for a period, from the receivables ledger: opening balance,
 * every entry with the running balance, closing balance, and the aging at the period's end.
 * One currency per statement (entries are never added across currencies): the one asked for,
 * else the company's base currency if the customer has entries in it, else their latest one.
 */
export async function loadStatementDocument(client: Tx, input: StatementInput): Promise<DocumentSource> {
  const { actor, locale, from, to } = input;
  assertCan(actor, "sales.read");
  const scope = await scopeWithin(client, actor);
  const account = await client.account.findFirst({
    where: { id: input.accountId, ...accountScopeWhere(scope) },
    select: { id: true, name: true, code: true, billingAddress: true, taxId: true },
  });
  if (!account) throw new NotFoundError();

  const t = documentsTranslator(locale);
  const f = documentFormat(locale);
  const seller = await loadSeller(client, t);
  const currency = input.currency ?? (await statementCurrency(client, account.id, seller.baseCurrency));
  const where = { accountId: account.id, currencyCode: currency };

  const before = await client.receivableEntry.aggregate({ where: { ...where, entryDate: { lt: from } }, _sum: { amount: true } });
  const entries = await client.receivableEntry.findMany({
    where: { ...where, entryDate: { gte: from, lte: to } },
    orderBy: [{ entryDate: "asc" }, { createdAt: "asc" }, { id: "asc" }],
    select: { entryDate: true, kind: true, number: true, dueDate: true, amount: true },
  });
  const opening = toMinor(before._sum.amount ?? 0n);
  const { rows, closing } = statementRows(opening, entries.map((e) => ({ ...e, amount: toMinor(e.amount) })));

  // What was open at the period's end: invoices issued by then less what was applied by then.
  const invoices = await client.invoice.findMany({
    where: { ...where, kind: "INVOICE", status: "issued", issueDate: { lte: to } },
    select: { id: true, dueDate: true, total: true },
  });
  const applied = await client.allocation.groupBy({ by: ["invoiceId"], where: { ...where, allocatedAt: { lte: to } }, _sum: { amount: true } });
  const appliedBy = new Map(applied.map((a) => [a.invoiceId, toMinor(a._sum.amount ?? 0n)]));
  const aging = statementAging(closing, invoices.map((i) => ({ dueDate: i.dueDate, open: toMinor(i.total) - (appliedBy.get(i.id) ?? 0) })), to);

  const period = t("meta.periodValue", { from, to });
  const amount = (n: number) => (n ? f.amount(n, currency) : "");
  const agingLabels = { current: t("statement.current"), d1to30: t("statement.days1to30"), d31to60: t("statement.days31to60"), d61to90: t("statement.days61to90"), over90: t("statement.days90plus") };

  return {
    kind: "statement",
    locale,
    seller,
    number: period,
    fileName: pdfFileName(`statement-${account.code}-${from}-${to}`),
    entity: { type: "Account", id: account.id },
    emailValues: { from, to, number: period },
    printable: {
      title: t("titles.statement"),
      number: period,
      meta: [
        { label: t("meta.date"), value: companyDay() },
        { label: t("meta.period"), value: period },
        { label: t("meta.currency"), value: currency },
      ],
      parties: [{ heading: t("parties.buyer"), lines: buyerLines(t, account) }],
      blocks: [
        {
          kind: "table",
          heading: t("statement.amountsIn", { currency }),
          table: {
            columns: [
              { label: t("columns.date"), weight: 13 },
              { label: t("columns.document"), weight: 22 },
              { label: t("columns.kind"), weight: 13 },
              { label: t("columns.dueDate"), weight: 13 },
              { label: t("columns.debit"), weight: 13, align: "right" },
              { label: t("columns.credit"), weight: 13, align: "right" },
              { label: t("columns.balance"), weight: 14, align: "right" },
            ],
            rows: [
              [from, t("statement.opening"), "", "", "", "", f.amount(opening, currency)],
              ...rows.map((r) => [r.entryDate, r.number, isKind(r.kind) ? t(`statement.kinds.${r.kind}`) : r.kind, r.dueDate, amount(r.debit), amount(r.credit), f.amount(r.balance, currency)]),
              ...(rows.length ? [] : [["", t("statement.noEntries"), "", "", "", "", ""]]),
            ],
          },
        },
        {
          kind: "totals",
          rows: [
            { label: t("statement.opening"), value: f.money(opening, currency) },
            { label: t("statement.closing"), value: f.money(closing, currency), strong: true },
          ],
        },
        {
          kind: "table",
          heading: t("statement.aging", { date: to }),
          table: {
            columns: [...AGING_BUCKETS.map((b) => ({ label: agingLabels[b], weight: 1, align: "right" as const })), { label: t("statement.total"), weight: 1, align: "right" }],
            rows: [[...AGING_BUCKETS.map((b) => f.amount(aging[b], currency)), f.amount(aging.total, currency)]],
          },
        },
        ...textBlocks(t, { bank: seller.bankDetails }),
      ],
      pageLabel: (page, pages) => t("footer.page", { page, pages }),
    },
  };
}

async function statementCurrency(client: Tx, accountId: string, base: string): Promise<string> {
  const inBase = await client.receivableEntry.findFirst({ where: { accountId, currencyCode: base }, select: { id: true } });
  if (inBase) return base;
  const latest = await client.receivableEntry.findFirst({ where: { accountId }, orderBy: [{ entryDate: "desc" }, { createdAt: "desc" }], select: { currencyCode: true } });
  return latest?.currencyCode ?? base;
}
