import "server-only";
import { can } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { changedFields, writeAudit } from "@/lib/audit/write-audit";
import { loadScope } from "@/lib/auth/load-scope";
import type { Scope } from "@/lib/auth/scope";
import type { Tx } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/sqlite/client";
import { isUniqueViolation } from "@/lib/db/errors";
import { transact } from "@/lib/db/transact";
import { FieldError, NotFoundError } from "@/lib/errors";
import type { AccountUpdateInput } from "@/lib/validation/crm";
import { accountScopeWhere, assignableOwnerWhere } from "../crm-scope";
import { accountValues } from "./save-account-values";

const splitsText = (splits: { userId: string; percentBp: number }[]) =>
  [...splits].sort((a, b) => a.userId.localeCompare(b.userId)).map((s) => `${s.userId}:${s.percentBp}`).join(",");

/**
 * Edits an account in the actor's scope. An owner change moves the contacts with it (their
 * ownerId mirrors the account's) and re-copies the team.
 */
export async function updateAccount({ actor, input }: { actor: Actor; input: AccountUpdateInput }): Promise<{ id: string; changed: boolean }> {
  assertCan(actor, "crm.manage");
  const assignable = await assignableOwnerWhere(actor);
  const scope = await loadScope(actor);
  try {
    return await transact((tx) => applyAccountUpdate(tx, actor, scope, assignable, input));
  } catch (error) {
    if (isUniqueViolation(error)) throw new FieldError("code", "crm.codeTaken");
    throw error;
  }
}

/**
 * The update inside the caller's transaction (the CSV import runs a batch in one). `scope` and
 * `assignable` are loaded before the transaction (SQLite has one connection).
 */
export async function applyAccountUpdate(tx: Tx, actor: Actor, scope: Scope, assignable: Prisma.UserWhereInput, input: AccountUpdateInput): Promise<{ id: string; changed: boolean }> {
  const current = await tx.account.findFirst({
    where: { AND: [{ id: input.id }, accountScopeWhere(scope)] },
    select: {
      code: true, name: true, type: true, industry: true, region: true, province: true, city: true, billingAddress: true, shippingAddress: true,
      taxId: true, ownerId: true, teamId: true, paymentTermsDays: true, creditLimit: true, priceListId: true, tags: true, status: true,
      creditOverdueDays: true, creditCheckAt: true, creditAction: true, prepaymentBp: true,
      splits: { select: { userId: true, percentBp: true } },
    },
  });
  if (!current) throw new NotFoundError();
  const values = { ...(await accountValues(tx, assignable, input, { ownerId: current.ownerId, splitUserIds: current.splits.map((s) => s.userId) }, can(actor, "credit.release"))), code: input.code || current.code };
  const { splits: currentSplits, ...currentValues } = current;
  const diff = changedFields(currentValues, values);
  const splitsChanged = splitsText(currentSplits) !== splitsText(input.splits);
  if (Object.keys(diff.after).length === 0 && !splitsChanged) return { id: input.id, changed: false };

  await tx.account.update({ where: { id: input.id }, data: values, select: { id: true } });
  if (splitsChanged) {
    await tx.accountOwnerSplit.deleteMany({ where: { accountId: input.id } });
    if (input.splits.length) await tx.accountOwnerSplit.createMany({ data: input.splits.map((s) => ({ accountId: input.id, userId: s.userId, percentBp: s.percentBp })) });
  }
  if (values.ownerId !== current.ownerId) await tx.contact.updateMany({ where: { accountId: input.id }, data: { ownerId: values.ownerId } });
  await writeAudit(tx, {
    actor,
    action: "update",
    entityType: "Account",
    entityId: input.id,
    before: splitsChanged ? { ...diff.before, splits: currentSplits } : diff.before,
    after: splitsChanged ? { ...diff.after, splits: input.splits } : diff.after,
  });
  return { id: input.id, changed: true };
}
