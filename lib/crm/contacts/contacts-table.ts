import "server-only";
import type { Prisma } from "@/lib/db/generated/sqlite/client";
import { containsText } from "@/lib/db/provider";
import { defineTable, filter, type TableParams } from "@/lib/table/params";

// The contacts list's URL contract, shared by the page and the CSV export.
export const CONTACTS_TABLE = defineTable({
  sortable: ["name", "title", "email", "updatedAt"],
  defaultSort: "name",
  defaultDir: "asc",
  filters: {
    account: filter.id(),
  },
});

export type ContactsParams = TableParams<(typeof CONTACTS_TABLE.sortable)[number], typeof CONTACTS_TABLE.filters>;

/** Filters → Prisma where (the caller adds the scope). */
export function contactsWhere(params: Pick<ContactsParams, "q" | "filters">): Prisma.ContactWhereInput {
  const and: Prisma.ContactWhereInput[] = [];
  if (params.filters.account) and.push({ accountId: params.filters.account });
  if (params.q) {
    const q = params.q;
    and.push({ OR: [{ name: containsText(q) }, { email: containsText(q) }, { phone: containsText(q) }, { mobile: containsText(q) }, { account: { name: containsText(q) } }] });
  }
  return { AND: and };
}

export function contactsOrderBy(params: Pick<ContactsParams, "sort" | "dir">): Prisma.ContactOrderByWithRelationInput[] {
  return [{ [params.sort]: params.dir }, { id: "asc" }];
}
