import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { loadScope } from "@/lib/auth/load-scope";
import { assertCan } from "@/lib/auth/permissions";
import type { Scope } from "@/lib/auth/scope";
import { writeAudit } from "@/lib/audit/write-audit";
import type { Tx } from "@/lib/db/client";
import { transact } from "@/lib/db/transact";
import type { ContactCreateInput } from "@/lib/validation/crm";
import { clearOtherPrimaries, contactValues, scopedAccount } from "./contact-values";

/** A contact on an account in the actor's scope; it takes the account's owner. */
export async function createContact({ actor, input }: { actor: Actor; input: ContactCreateInput }): Promise<{ id: string }> {
  assertCan(actor, "crm.manage");
  // Loaded before the transaction: on SQLite the transaction holds the only connection.
  const scope = await loadScope(actor);
  return transact((tx) => insertContact(tx, actor, scope, input));
}

/** The contact insert inside the caller's transaction (lead conversion reuses it). */
export async function insertContact(tx: Tx, actor: Actor, scope: Scope, input: ContactCreateInput): Promise<{ id: string }> {
  const account = await scopedAccount(tx, scope, input.accountId);
  const values = { ...contactValues(input), ownerId: account.ownerId };
  const contact = await tx.contact.create({ data: values, select: { id: true } });
  if (values.isPrimary) await clearOtherPrimaries(tx, input.accountId, contact.id);
  await writeAudit(tx, { actor, action: "create", entityType: "Contact", entityId: contact.id, after: values });
  return contact;
}
