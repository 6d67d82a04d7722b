import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { pageWindow } from "@/lib/table/params";
import { accountScopeWhere, crmScope } from "../crm-scope";
import { accountsOrderBy, accountsWhere, type AccountsParams } from "./accounts-table";

export const ACCOUNT_LIST_SELECT = {
  id: true,
  code: true,
  name: true,
  type: true,
  industry: true,
  region: true,
  province: true,
  city: true,
  taxId: true,
  status: true,
  creditLimit: true,
  paymentTermsDays: true,
  tags: true,
  updatedAt: true,
  owner: { select: { id: true, name: true } },
} as const;

/** One page of the accounts the actor may see. */
export async function findAccounts({ actor, params }: { actor: Actor; params: AccountsParams }) {
  const scope = await crmScope(actor);
  const where = { AND: [accountScopeWhere(scope), accountsWhere(params)] };
  const total = await db.account.count({ where });
  const { page, skip, take } = pageWindow(params, total);
  const rows = await db.account.findMany({ where, orderBy: accountsOrderBy(params), skip, take, select: ACCOUNT_LIST_SELECT });
  return { rows, total, page };
}

export type AccountListRow = Awaited<ReturnType<typeof findAccounts>>["rows"][number];

/** The same filter and scope for the CSV export, read in id-ordered keyset batches. */
export async function findAccountsBatch({ actor, params, cursor, take }: { actor: Actor; params: AccountsParams; cursor: string | null; take: number }) {
  const scope = await crmScope(actor);
  const and = [accountScopeWhere(scope), accountsWhere(params)];
  if (cursor) and.push({ id: { gt: cursor } });
  return db.account.findMany({ where: { AND: and }, orderBy: { id: "asc" }, take, select: ACCOUNT_LIST_SELECT });
}

/** Owners appearing in the actor's accounts, for the owner filter. */
export async function findAccountOwnerOptions({ actor }: { actor: Actor }) {
  const scope = await crmScope(actor);
  const owners = await db.user.findMany({ where: { ownedAccounts: { some: accountScopeWhere(scope) } }, select: { id: true, name: true }, orderBy: { name: "asc" } });
  return owners;
}
