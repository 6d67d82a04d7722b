import "server-only";
import type { Tx } from "@/lib/db/client";
import { lockRows } from "@/lib/db/transact";
import { checkAllocation, type AllocationLine } from "@/lib/domain/allocate-payment";
import { formatMoney, tryParseMoney } from "@/lib/domain/money";
import { AppError } from "@/lib/errors";
import { openInvoicesInTx } from "./find-open-amounts";

/** Decimal text in `currency` → positive minor units, or a translated error naming the field. */
export function parseAmount(text: string, currency: string, field = "amount"): number {
  const minor = tryParseMoney(text, currency);
  if (minor === null || minor <= 0) throw new AppError("payments.badAmount", { field, value: text.slice(0, 30) }, 422);
  return minor;
}

/** Form grid text → allocation lines in minor units; an empty or zero cell means "not this invoice". */
export function parseAllocations(lines: { invoiceId: string; amount: string }[], currency: string): AllocationLine[] {
  return lines.filter((l) => l.amount.trim() !== "" && tryParseMoney(l.amount, currency) !== 0).map((l) => ({ invoiceId: l.invoiceId, amount: parseAmount(l.amount, currency, "allocations") }));
}

/**
 * Writes allocations of `available` money (a payment's or a credit note's) to invoices of one
 * account and currency. The invoices are locked first (PostgreSQL FOR UPDATE; SQLite already
 * runs writers one at a time) and their open amounts re-read after the lock, so two payments
 * racing for one invoice can never together exceed what is open on it.
 */
export async function applyAllocationsInTx(
  tx: Tx,
  {
    accountId,
    currencyCode,
    available,
    lines,
    source,
    day,
    actorId,
  }: { accountId: string; currencyCode: string; available: number; lines: AllocationLine[]; source: { paymentId: string } | { creditNoteId: string }; day: string; actorId: string },
): Promise<number> {
  if (lines.length === 0) return 0;
  const ids = [...new Set(lines.map((l) => l.invoiceId))].sort(); // one lock order for every caller: no deadlocks
  await lockRows(tx, "Invoice", ids);
  const open = await openInvoicesInTx(tx, { accountId, currencyCode, ids });
  const problem = checkAllocation(available, lines, open);
  if (problem) {
    const number = open.find((o) => o.id === ("invoiceId" in problem ? problem.invoiceId : ""))?.number ?? "";
    switch (problem.kind) {
      case "exceedsOpen":
        throw new AppError("payments.exceedsOpen", { number, open: formatMoney(problem.open, currencyCode), currency: currencyCode }, 409);
      case "exceedsAmount":
        throw new AppError("payments.exceedsAmount", { total: formatMoney(problem.total, currencyCode), available: formatMoney(problem.amount, currencyCode), currency: currencyCode }, 409);
      case "duplicate":
        throw new AppError("payments.duplicateInvoice", { number }, 422);
      case "notPositive":
        throw new AppError("payments.badAmount", { field: "allocations", value: "" }, 422);
      // Another account's, another currency's, a draft or an already paid invoice: not open for this money.
      case "unknownInvoice":
        throw new AppError("payments.invoiceNotOpen", {}, 409);
    }
  }
  await tx.allocation.createMany({
    data: lines.map((l) => ({ accountId, invoiceId: l.invoiceId, amount: BigInt(l.amount), currencyCode, allocatedAt: day, createdById: actorId, ...source })),
  });
  return lines.reduce((a, l) => a + l.amount, 0);
}
