import "server-only";
import type { Actor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { CreditPlan } from "./return-credit";

/**
 * Issues the credit notes a return needs, in the return's transaction. Until the invoices
 * service can issue credit notes here, a return of invoiced goods is refused (rolled back)
 * rather than posted without its credit note.
 */
export async function creditReturnInTx(_tx: Tx, { plan }: { actor: Actor; salesReturnId: string; plan: CreditPlan; reason: string; date: string }): Promise<string[]> {
  if (plan.length > 0) throw new AppError("deliveries.returnInvoiced", {}, 409);
  return [];
}
