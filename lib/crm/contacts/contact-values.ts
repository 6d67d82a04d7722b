import "server-only";
import type { Scope } from "@/lib/auth/scope";
import type { Tx } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import type { ContactCreateInput } from "@/lib/validation/crm";
import { accountScopeWhere } from "../crm-scope";

export function contactValues(input: ContactCreateInput) {
  return {
    accountId: input.accountId,
    name: input.name,
    title: input.title,
    department: input.department,
    email: input.email,
    phone: input.phone,
    mobile: input.mobile,
    preferredLocale: input.preferredLocale,
    isPrimary: input.isPrimary,
    notes: input.notes,
  };
}

/** The target account must be in the actor's scope; its owner becomes the contact's owner. */
export async function scopedAccount(tx: Tx, scope: Scope, accountId: string): Promise<{ ownerId: string }> {
  const account = await tx.account.findFirst({ where: { AND: [{ id: accountId }, accountScopeWhere(scope)] }, select: { ownerId: true } });
  // Another rep's account id is indistinguishable from a missing one.
  if (!account) throw new NotFoundError();
  return account;
}

/** One primary contact per account: marking this one clears the others. */
export async function clearOtherPrimaries(tx: Tx, accountId: string, keepId: string): Promise<void> {
  await tx.contact.updateMany({ where: { accountId, isPrimary: true, id: { not: keepId } }, data: { isPrimary: false } });
}
