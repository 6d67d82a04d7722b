import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { findAccountLedger, type AccountLedger } from "./find-account-ledger";

export type Statement = AccountLedger;

/**
 * 对账单: a customer's statement for a period — opening balance, the invoices, credit notes,
 * payments and refunds of the period with the running balance, closing balance, and the aging
 * as of the period's end. The page, the PDF and the email all read this.
 */
export async function findStatement({ actor, accountId, from, to }: { actor: Actor; accountId: string; from: string; to: string }): Promise<Statement> {
  return findAccountLedger({ actor, accountId, from, to, allocations: false });
}
