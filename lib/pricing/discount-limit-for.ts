import "server-only";
import { isRole } from "@/lib/auth/roles";
import { db, type Tx } from "@/lib/db/client";

/**
 * The largest line discount (basis points) `role` may give without a manager's approval; quotes
 * compare with lib/domain/discount.ts `needsApproval(limit, applied)`. Fails closed: an unknown
 * role or a missing row is 0 (every discount needs approval).
 */
export async function discountLimitFor({ role, tx }: { role: string; tx?: Tx }): Promise<number> {
  if (!isRole(role)) return 0;
  const row = await (tx ?? db).discountLimit.findUnique({ where: { role }, select: { maxDiscountBp: true } });
  return row?.maxDiscountBp ?? 0;
}
