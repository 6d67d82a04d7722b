import "server-only";
import type { Actor } from "@/lib/auth/actor";
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
      return await transact(async (tx) => {
        const values = await accountValues(tx, assignable, input);
        const code = input.code || (await nextAccountCode(tx));
        const account = await tx.account.create({
          data: { ...values, code, splits: { create: input.splits.map((s) => ({ userId: s.userId, percentBp: s.percentBp })) } },
          select: { id: true, code: true },
        });
        await writeAudit(tx, { actor, action: "create", entityType: "Account", entityId: account.id, after: { code, ...values, splits: input.splits } });
        return account;
      });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      if (input.code || attempt >= 4) throw new FieldError("code", "crm.codeTaken");
    }
  }
}
