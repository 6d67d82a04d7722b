import "server-only";
import type { Tx } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/sqlite/client";
import { FieldError } from "@/lib/errors";
import { assertAssignable } from "./crm-scope";

export type OwnerSplit = { userId: string; percentBp: number };

/**
 * Split owners of an account or opportunity: not the owner, no one twice, at most 100 % in all,
 * and each new one assignable by the actor (`assignable`, computed before the transaction).
 * Keeping an existing split needs no assignment right. Errors are reported on "splits".
 */
export async function assertSplits(tx: Tx, assignable: Prisma.UserWhereInput, ownerId: string, splits: readonly OwnerSplit[], currentUserIds: readonly string[] = []): Promise<void> {
  const seen = new Set<string>();
  let total = 0;
  for (const split of splits) {
    if (split.userId === ownerId || seen.has(split.userId)) throw new FieldError("splits", "crm.splitDuplicate");
    seen.add(split.userId);
    total += split.percentBp;
    if (!currentUserIds.includes(split.userId)) await assertAssignable(tx, assignable, split.userId, "splits");
  }
  if (total > 10000) throw new FieldError("splits", "crm.splitTotal");
}
