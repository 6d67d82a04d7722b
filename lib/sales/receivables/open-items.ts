import "server-only";
import { Prisma } from "@/lib/db/generated/sqlite/client";
import { db, type Tx } from "@/lib/db/client";
import { ageItems, type AgingTotals } from "@/lib/domain/aging";
import { convert, toMinor } from "@/lib/domain/money";

type Client = Pick<Tx, "$queryRaw" | "receivableEntry" | "company">;

/**
 * Receivables as of a day, per account, in base currency: the ledger balance (sum of entries up
 * to the day) and each issued invoice's open amount then (its total less allocations made up to
 * the day). The difference between the two is money received or credited but not applied; it
 * has no due date and ages as current, so every aging total equals the ledger balance.
 * `accountId` = one customer (ledger, statement); none = every account (the aging report), one
 * query each and no per-account loop; `only` keeps the accounts in the reader's scope.
 */
export async function agingByAccount({ asOf, accountId, only, client = db }: { asOf: string; accountId?: string; only?: Set<string> | null; client?: Client }): Promise<Map<string, AgingTotals>> {
  const company = await client.company.findUnique({ where: { id: "company" }, select: { baseCurrency: true } });
  const base = company?.baseCurrency ?? "CNY";
  const accountFilter = accountId ? { accountId } : {};
  const oneAccount = accountId ? Prisma.sql`AND i."accountId" = ${accountId}` : Prisma.empty;
  const balances = await client.receivableEntry.groupBy({ by: ["accountId"], where: { entryDate: { lte: asOf }, ...accountFilter }, _sum: { amountBase: true } });

  const rows = await client.$queryRaw<{ accountId: string; dueDate: string; issueDate: string; currencyCode: string; exchangeRate: string; total: bigint | number; allocated: bigint | number | null }[]>`
    SELECT i."accountId", i."dueDate", i."issueDate", i."currencyCode", i."exchangeRate", i."total",
           (SELECT SUM(a."amount") FROM "Allocation" a WHERE a."invoiceId" = i."id" AND a."allocatedAt" <= ${asOf}) AS "allocated"
    FROM "Invoice" i
    WHERE i."kind" = 'INVOICE' AND i."status" = 'issued' AND i."issueDate" <= ${asOf} ${oneAccount}`;
  const items = new Map<string, { dueDate: string; amount: number }[]>();
  for (const r of rows) {
    if (only && !only.has(r.accountId)) continue;
    const open = toMinor(r.total) - toMinor(r.allocated ?? 0);
    if (open <= 0) continue;
    const openBase = r.currencyCode === base ? open : convert(open, r.currencyCode, base, { rate: r.exchangeRate, date: r.issueDate }).amount;
    const list = items.get(r.accountId) ?? [];
    list.push({ dueDate: r.dueDate, amount: openBase });
    items.set(r.accountId, list);
  }

  const out = new Map<string, AgingTotals>();
  for (const b of balances) {
    if (only && !only.has(b.accountId)) continue;
    const balance = toMinor(b._sum.amountBase ?? 0n);
    const open = items.get(b.accountId) ?? [];
    const openTotal = open.reduce((a, i) => a + i.amount, 0);
    const unapplied = balance - openTotal;
    const aging = ageItems(unapplied !== 0 ? [...open, { dueDate: "", amount: unapplied }] : open, asOf);
    if (aging.total !== 0 || open.length > 0) out.set(b.accountId, aging);
  }
  return out;
}
