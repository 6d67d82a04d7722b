import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { scopeWithin } from "@/lib/auth/load-scope";
import { assertCan } from "@/lib/auth/permissions";
import { accountScopeWhere } from "@/lib/crm/crm-scope";
import type { Tx } from "@/lib/db/client";
import { AGING_BUCKETS, emptyAging } from "@/lib/domain/aging";
import { toMinor } from "@/lib/domain/money";
import { NotFoundError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/locales";
import { companyDay } from "@/lib/pricing/company-day";
import { agingByAccount } from "@/lib/sales/receivables/open-items";
import { buyerLines } from "./buyer-lines";
import type { DocumentSource } from "./document-source";
import { documentFormat, documentsTranslator, pdfFileName } from "./document-text";
import { loadSeller } from "./load-letterhead";
import { textBlocks } from "./price-blocks";
import { statementRows } from "./statement-rows";

const KINDS = ["INVOICE", "CREDIT_NOTE", "PAYMENT", "REFUND"] as const;
type EntryKind = (typeof KINDS)[number];
const isKind = (k: string): k is EntryKind => (KINDS as readonly string[]).includes(k);

export type StatementInput = { actor: Actor; accountId: string; from: string; to: string; locale: Locale };

/**
 * A customer statement (对账单) for a period, from the receivables ledger: opening balance,
 * every entry with the running balance, closing balance, and the aging at the period's end —
 * in base currency, the same figures as the statement page (lib/sales/receivables), read through
 * the caller's client so it also works inside an email's transaction.
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
  const currency = seller.baseCurrency;
  const where = { accountId: account.id };

  const before = await client.receivableEntry.aggregate({ where: { ...where, entryDate: { lt: from } }, _sum: { amountBase: true } });
  const entries = await client.receivableEntry.findMany({
    where: { ...where, entryDate: { gte: from, lte: to } },
    orderBy: [{ entryDate: "asc" }, { createdAt: "asc" }, { id: "asc" }],
    select: { entryDate: true, kind: true, number: true, dueDate: true, amountBase: true },
  });
  const opening = toMinor(before._sum.amountBase ?? 0n);
  const { rows, closing } = statementRows(opening, entries.map((e) => ({ ...e, amount: toMinor(e.amountBase) })));
  // Open invoices at the period's end, unapplied credits as current: adds up to the closing balance.
  const aging = (await agingByAccount({ asOf: to, accountId: account.id, client })).get(account.id) ?? emptyAging();

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
