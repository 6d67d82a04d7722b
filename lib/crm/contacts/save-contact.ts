import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { loadScope } from "@/lib/auth/load-scope";
import type { Scope } from "@/lib/auth/scope";
import { assertCan } from "@/lib/auth/permissions";
import { changedFields, writeAudit } from "@/lib/audit/write-audit";
import type { Tx } from "@/lib/db/client";
import { transact } from "@/lib/db/transact";
import { NotFoundError } from "@/lib/errors";
import type { ContactCreateInput, ContactUpdateInput } from "@/lib/validation/crm";
import { accountScopeWhere, contactScopeWhere } from "../crm-scope";

function contactValues(input: ContactCreateInput) {
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
async function scopedAccount(tx: Tx, scope: Scope, accountId: string): Promise<{ ownerId: string }> {
  const account = await tx.account.findFirst({ where: { AND: [{ id: accountId }, accountScopeWhere(scope)] }, select: { ownerId: true } });
  // Another rep's account id is indistinguishable from a missing one.
  if (!account) throw new NotFoundError();
  return account;
}

/** One primary contact per account: marking this one clears the others. */
async function clearOtherPrimaries(tx: Tx, accountId: string, keepId: string): Promise<void> {
  await tx.contact.updateMany({ where: { accountId, isPrimary: true, id: { not: keepId } }, data: { isPrimary: false } });
}

export async function createContact({ actor, input }: { actor: Actor; input: ContactCreateInput }): Promise<{ id: string }> {
  assertCan(actor, "crm.manage");
  // Loaded before the transaction: on SQLite the transaction holds the only connection.
  const scope = await loadScope(actor);
  return transact(async (tx) => {
    const account = await scopedAccount(tx, scope, input.accountId);
    const values = { ...contactValues(input), ownerId: account.ownerId };
    const contact = await tx.contact.create({ data: values, select: { id: true } });
    if (values.isPrimary) await clearOtherPrimaries(tx, input.accountId, contact.id);
    await writeAudit(tx, { actor, action: "create", entityType: "Contact", entityId: contact.id, after: values });
    return contact;
  });
}

export async function updateContact({ actor, input }: { actor: Actor; input: ContactUpdateInput }): Promise<{ id: string; changed: boolean }> {
  assertCan(actor, "crm.manage");
  const scope = await loadScope(actor);
  return transact(async (tx) => {
    const current = await tx.contact.findFirst({
      where: { AND: [{ id: input.id }, contactScopeWhere(scope)] },
      select: { accountId: true, name: true, title: true, department: true, email: true, phone: true, mobile: true, preferredLocale: true, isPrimary: true, notes: true, ownerId: true },
    });
    if (!current) throw new NotFoundError();
    const account = input.accountId === current.accountId ? { ownerId: current.ownerId } : await scopedAccount(tx, scope, input.accountId);
    const values = { ...contactValues(input), ownerId: account.ownerId };
    const diff = changedFields(current, values);
    if (Object.keys(diff.after).length === 0) return { id: input.id, changed: false };
    await tx.contact.update({ where: { id: input.id }, data: values, select: { id: true } });
    if (values.isPrimary) await clearOtherPrimaries(tx, values.accountId, input.id);
    await writeAudit(tx, { actor, action: "update", entityType: "Contact", entityId: input.id, before: diff.before, after: diff.after });
    return { id: input.id, changed: true };
  });
}
