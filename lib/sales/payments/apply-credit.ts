import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { writeAudit } from "@/lib/audit/write-audit";
import { transact } from "@/lib/db/transact";
import { formatMoney } from "@/lib/domain/money";
import { AppError } from "@/lib/errors";
import { companyDay } from "@/lib/pricing/company-day";
import { recheckCreditHoldsInTx } from "@/lib/sales/credit/recheck-credit-holds";
import type { ApplyCreditInput } from "@/lib/validation/payments";
import { salesScope } from "../sales-scope";
import { applyAllocationsInTx, parseAllocations } from "./apply-allocations";
import { resolveCreditSourceInTx } from "./resolve-credit-source";

/**
 * Applies later: a payment's unapplied remainder (a prepayment, an overpayment) or a credit
 * note's remainder goes to open invoices of the same customer and currency. Never more than
 * the remainder (checked after the source row is locked) nor than an invoice's open amount.
 * Allocations move no money, so the receivables ledger is untouched.
 */
export async function applyCredit({ actor, input, today = companyDay() }: { actor: Actor; input: ApplyCreditInput; today?: string }): Promise<{ applied: number }> {
  assertCan(actor, "billing.manage");
  const scope = await salesScope(actor);
  return transact(async (tx) => {
    const source = await resolveCreditSourceInTx(tx, scope, input);
    const lines = parseAllocations(input.allocations, source.currencyCode);
    if (lines.length === 0) throw new AppError("payments.nothingToApply", {}, 422);
    if (source.remainder <= 0) throw new AppError("payments.noRemainder", { number: source.number }, 409);
    const applied = await applyAllocationsInTx(tx, {
      accountId: source.accountId,
      currencyCode: source.currencyCode,
      available: source.remainder,
      lines,
      source: source.link,
      day: today,
      actorId: actor.id,
    });
    // Applying clears overdue invoices, which may lift credit holds.
    await recheckCreditHoldsInTx(tx, source.accountId, today);
    await writeAudit(tx, {
      actor,
      action: "payment.apply",
      entityType: source.kind === "payment" ? "Payment" : "Invoice",
      entityId: source.id,
      before: { remainder: formatMoney(source.remainder, source.currencyCode) },
      after: { applied: formatMoney(applied, source.currencyCode), allocations: lines },
    });
    return { applied };
  });
}
