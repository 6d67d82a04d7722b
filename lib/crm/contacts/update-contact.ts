import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { loadScope } from "@/lib/auth/load-scope";
import type { Scope } from "@/lib/auth/scope";
import type { Tx } from "@/lib/db/client";
import { assertCan } from "@/lib/auth/permissions";
import { changedFields, writeAudit } from "@/lib/audit/write-audit";
import { transact } from "@/lib/db/transact";
import { NotFoundError } from "@/lib/errors";
import type { ContactUpdateInput } from "@/lib/validation/crm";
import { contactScopeWhere } from "../crm-scope";
import { clearOtherPrimaries, contactValues, scopedAccount } from "./contact-values";

/** Edits a contact in the actor's scope; moving it to another account needs that account in scope too. */
export async function updateContact({ actor, input }: { actor: Actor; input: ContactUpdateInput }): Promise<{ id: string; changed: boolean }> {
  assertCan(actor, "crm.manage");
  const scope = await loadScope(actor);
  return transact((tx) => applyContactUpdate(tx, actor, scope, input));
}

/** The update inside the caller's transaction (the CSV import runs a batch in one). */
export async function applyContactUpdate(tx: Tx, actor: Actor, scope: Scope, input: ContactUpdateInput): Promise<{ id: string; changed: boolean }> {
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
}
