import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { ROLES, type Role } from "@/lib/auth/roles";
import { writeAudit } from "@/lib/audit/write-audit";
import { transact } from "@/lib/db/transact";
import { FieldError } from "@/lib/errors";

/** Saves the limit of every role at once; each changed role gets its own audit entry. */
export async function updateDiscountLimits({ actor, limits }: { actor: Actor; limits: Record<Role, number> }): Promise<{ changed: number }> {
  assertCan(actor, "pricing.manage");
  for (const role of ROLES) {
    const bp = limits[role];
    if (!Number.isSafeInteger(bp) || bp < 0 || bp > 10_000) throw new FieldError(role, "pricing.percent");
  }
  return transact(async (tx) => {
    const rows = await tx.discountLimit.findMany({ select: { role: true, maxDiscountBp: true } });
    const before = new Map(rows.map((r) => [r.role, r.maxDiscountBp]));
    let changed = 0;
    for (const role of ROLES) {
      const old = before.get(role);
      if (old === limits[role]) continue;
      await tx.discountLimit.upsert({ where: { role }, create: { role, maxDiscountBp: limits[role] }, update: { maxDiscountBp: limits[role] } });
      await writeAudit(tx, {
        actor,
        action: old === undefined ? "create" : "update",
        entityType: "DiscountLimit",
        entityId: role,
        before: old === undefined ? undefined : { maxDiscountBp: old },
        after: { maxDiscountBp: limits[role] },
      });
      changed += 1;
    }
    return { changed };
  });
}
