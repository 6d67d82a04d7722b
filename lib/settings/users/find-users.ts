import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { pageWindow } from "@/lib/table/params";
import { usersOrderBy, usersWhere, type UsersParams } from "./users-table";

export const USER_LIST_SELECT = {
  id: true,
  name: true,
  email: true,
  role: true,
  locale: true,
  active: true,
  lastLoginAt: true,
  createdAt: true,
  team: { select: { id: true, name: true } },
} as const;

/** One page of the users list: one count and one page query, whatever the page size. */
export async function findUsers({ actor, params }: { actor: Actor; params: UsersParams }) {
  assertCan(actor, "settings.users.manage");
  const where = usersWhere(params);
  const total = await db.user.count({ where });
  const { page, skip, take } = pageWindow(params, total);
  const rows = await db.user.findMany({ where, orderBy: usersOrderBy(params), skip, take, select: USER_LIST_SELECT });
  return { rows, total, page };
}

export type UserListRow = Awaited<ReturnType<typeof findUsers>>["rows"][number];

/** The same filter for the CSV export, read in id-ordered keyset batches. */
export async function findUsersBatch({ actor, params, cursor, take }: { actor: Actor; params: UsersParams; cursor: string | null; take: number }) {
  assertCan(actor, "settings.users.manage");
  const filtered = usersWhere(params);
  const where = cursor ? { AND: [filtered, { id: { gt: cursor } }] } : filtered;
  return db.user.findMany({ where, orderBy: { id: "asc" }, take, select: USER_LIST_SELECT });
}
