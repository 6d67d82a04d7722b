import "server-only";
import type { Tx } from "@/lib/db/client";
import { lockRows } from "@/lib/db/transact";
import { creditExposure, type ExposureParts } from "@/lib/domain/credit-exposure";
import { convert, toMinor } from "@/lib/domain/money";

export type OverdueInvoice = { id: string; number: string; dueDate: string; open: number; currencyCode: string };

export type CreditEvaluation = {
  accountId: string;
  baseCurrency: string;
  /** Minor units of base currency; null = no limit. */
  limit: number | null;
  parts: ExposureParts;
  overLimit: boolean;
  /** Issued invoices still open and due before today − the account's tolerance. */
  overdue: OverdueInvoice[];
  policy: { checkAt: "confirm" | "delivery"; action: "hold" | "warn"; overdueDays: number };
};

function minusDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}

/**
 * A customer's credit position now, inside the caller's transaction. Locks the account row first
 * (PostgreSQL; SQLite already runs writers one at a time) so that confirmations, releases and
 * deliveries for one customer are evaluated one after another: N racing confirmations each see
 * the orders the earlier ones accepted, and the limit holds (tested with concurrent requests).
 * Orders on credit hold do not count (see lib/domain/credit-exposure.ts).
 */
export async function evaluateCreditInTx(tx: Tx, accountId: string, today: string): Promise<CreditEvaluation> {
  await lockRows(tx, "Account", [accountId]);
  const account = await tx.account.findUniqueOrThrow({
    where: { id: accountId },
    select: { creditLimit: true, creditOverdueDays: true, creditCheckAt: true, creditAction: true },
  });
  const company = await tx.company.findUnique({ where: { id: "company" }, select: { baseCurrency: true } });
  const baseCurrency = company?.baseCurrency ?? "CNY";

  const ledger = await tx.receivableEntry.aggregate({ where: { accountId }, _sum: { amountBase: true } });
  const invoices = await tx.invoice.findMany({
    where: { accountId, kind: "INVOICE", status: "issued" },
    select: { id: true, number: true, dueDate: true, total: true, currencyCode: true, exchangeRate: true, issueDate: true },
  });
  const allocated = await tx.allocation.groupBy({ by: ["invoiceId"], where: { accountId }, _sum: { amount: true } });
  const allocatedBy = new Map(allocated.map((a) => [a.invoiceId, toMinor(a._sum.amount ?? 0n)]));

  let openInvoices = 0;
  const overdue: OverdueInvoice[] = [];
  const cutoff = minusDays(today, account.creditOverdueDays);
  for (const inv of invoices) {
    const open = toMinor(inv.total) - (allocatedBy.get(inv.id) ?? 0);
    if (open <= 0) continue;
    openInvoices += inv.currencyCode === baseCurrency ? open : convert(open, inv.currencyCode, baseCurrency, { rate: inv.exchangeRate, date: inv.issueDate }).amount;
    if (inv.dueDate < cutoff) overdue.push({ id: inv.id, number: inv.number ?? "", dueDate: inv.dueDate, open, currencyCode: inv.currencyCode });
  }

  const orders = await tx.salesOrder.findMany({
    where: { accountId, status: "confirmed", creditHold: false, invoiceStatus: { not: "invoiced" } },
    select: {
      currencyCode: true,
      exchangeRate: true,
      orderDate: true,
      lines: { select: { quantity: true, deliveredQty: true, returnedQty: true, invoicedQty: true, creditedQty: true, cancelledQty: true, stockTracked: true, gross: true } },
    },
  });
  const parts = creditExposure({
    ledgerBalance: toMinor(ledger._sum.amountBase ?? 0n),
    openInvoices,
    baseCurrency,
    orders: orders.map((o) => ({ ...o, lines: o.lines.map((l) => ({ ...l, gross: toMinor(l.gross) })) })),
  });
  return {
    accountId,
    baseCurrency,
    limit: account.creditLimit,
    parts,
    overLimit: account.creditLimit !== null && parts.total > account.creditLimit,
    overdue: overdue.sort((a, b) => a.dueDate.localeCompare(b.dueDate)),
    policy: {
      checkAt: account.creditCheckAt === "delivery" ? "delivery" : "confirm",
      action: account.creditAction === "warn" ? "warn" : "hold",
      overdueDays: account.creditOverdueDays,
    },
  };
}
