import "server-only";
import type { Actor } from "@/lib/auth/actor";

export type CommissionEstimate = { amount: number; currencyCode: string };

/**
 * The rep's expected commission on a quote. The hook the quote page already calls: commission
 * plans arrive with a later issue, so until then there is nothing to estimate and it returns
 * null (the page shows nothing). Implement it with the plan's rules; keep the signature.
 */
export async function estimateCommission(_input: { actor: Actor; quoteId: string }): Promise<CommissionEstimate | null> {
  return null;
}
