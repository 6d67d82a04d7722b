import "server-only";
import { can } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/sqlite/client";
import { assertCan } from "@/lib/auth/permissions";
import { writeAudit } from "@/lib/audit/write-audit";
import { isUniqueViolation } from "@/lib/db/errors";
import { transact } from "@/lib/db/transact";
import { FieldError } from "@/lib/errors";
import type { AccountCreateInput } from "@/lib/validation/crm";
import { assignableOwnerWhere } from "../crm-scope";
import { accountValues, nextAccountCode } from "./save-account-values";

/** A rep (or their manager, or an admin) creates an account; the audit entry is in the same transaction. */
export async function createAccount({ actor, input }: { actor: Actor; input: AccountCreateInput }): Promise<{ id: string; code: string }> {
  assertCan(actor, "crm.manage");
  const assignable = await assignableOwnerWhere(actor);
  // A generated code can collide with a concurrent create: try again with the next number.
  for (let attempt = 0; ; attempt++) {
    try {
      return await transact((tx) => insertAccount(tx, actor, assignable, input));
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      if (input.code || attempt >= 4) throw new FieldError("code", "crm.codeTaken");
    }
  }
}

/**
 * The account insert inside the caller's transaction (lead conversion reuses it). `assignable`
 * comes from assignableOwnerWhere, computed before the transaction. A generated code can hit the
 * unique index under a race: the caller retries the whole transaction.
 */
export async function insertAccount(tx: Tx, actor: Actor, assignable: Prisma.UserWhereInput, input: AccountCreateInput): Promise<{ id: string; code: string }> {
  const values = await accountValues(tx, assignable, input, undefined, can(actor, "credit.release"));
  const code = input.code || (await nextAccountCode(tx));
  const account = await tx.account.create({
    data: { ...values, code, splits: { create: input.splits.map((s) => ({ userId: s.userId, percentBp: s.percentBp })) } },
    select: { id: true, code: true },
  });
  await writeAudit(tx, { actor, action: "create", entityType: "Account", entityId: account.id, after: { code, ...values, splits: input.splits } });
  return account;
}
