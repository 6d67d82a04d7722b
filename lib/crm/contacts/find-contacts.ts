import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { pageWindow } from "@/lib/table/params";
import { contactScopeWhere, crmScope } from "../crm-scope";
import { contactsOrderBy, contactsWhere, type ContactsParams } from "./contacts-table";

export const CONTACT_LIST_SELECT = {
  id: true,
  name: true,
  title: true,
  department: true,
  email: true,
  phone: true,
  mobile: true,
  preferredLocale: true,
  isPrimary: true,
  updatedAt: true,
  account: { select: { id: true, code: true, name: true } },
} as const;

/** One page of the contacts the actor may see (those of accounts in scope). */
export async function findContacts({ actor, params }: { actor: Actor; params: ContactsParams }) {
  const scope = await crmScope(actor);
  const where = { AND: [contactScopeWhere(scope), contactsWhere(params)] };
  const total = await db.contact.count({ where });
  const { page, skip, take } = pageWindow(params, total);
  const rows = await db.contact.findMany({ where, orderBy: contactsOrderBy(params), skip, take, select: CONTACT_LIST_SELECT });
  return { rows, total, page };
}

export type ContactListRow = Awaited<ReturnType<typeof findContacts>>["rows"][number];

/** The same filter and scope for the CSV export, in id-ordered keyset batches. */
export async function findContactsBatch({ actor, params, cursor, take }: { actor: Actor; params: ContactsParams; cursor: string | null; take: number }) {
  const scope = await crmScope(actor);
  const and = [contactScopeWhere(scope), contactsWhere(params)];
  if (cursor) and.push({ id: { gt: cursor } });
  return db.contact.findMany({ where: { AND: and }, orderBy: { id: "asc" }, take, select: CONTACT_LIST_SELECT });
}

/** One contact for its edit page; NotFound outside the actor's scope. */
export async function findContact({ actor, id }: { actor: Actor; id: string }) {
  const scope = await crmScope(actor);
  const contact = await db.contact.findFirst({
    where: { AND: [{ id }, contactScopeWhere(scope)] },
    select: { ...CONTACT_LIST_SELECT, accountId: true, notes: true, createdAt: true },
  });
  if (!contact) throw new NotFoundError();
  return contact;
}
