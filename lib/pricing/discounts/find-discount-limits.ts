import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { ROLES, type Role } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";

/** The largest discount per role, in basis points; a role without a row may give none. */
export async function findDiscountLimits({ actor }: { actor: Actor }): Promise<Record<Role, number>> {
  assertCan(actor, "pricing.manage");
  const rows = await db.discountLimit.findMany({ select: { role: true, maxDiscountBp: true } });
  const byRole = new Map(rows.map((r) => [r.role, r.maxDiscountBp]));
  return Object.fromEntries(ROLES.map((role) => [role, byRole.get(role) ?? 0])) as Record<Role, number>;
}
