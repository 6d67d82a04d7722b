import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { loadScope, scopeWithin } from "@/lib/auth/load-scope";
import { assertCan } from "@/lib/auth/permissions";
import { ownerWhere, type Scope } from "@/lib/auth/scope";
import type { Prisma } from "@/lib/db/generated/sqlite/client";
import { db, type Tx } from "@/lib/db/client";
import { FieldError } from "@/lib/errors";

/**
 * Accounts the scope may see: owned by someone in scope, or shared with them by a split.
 * `{}` only for the "all" scope (admin, finance); never built from an optional value.
 */
export function accountScopeWhere(scope: Scope): Prisma.AccountWhereInput {
  if (scope.kind === "all") return {};
  return { OR: [ownerWhere(scope, "ownerId"), { splits: { some: { userId: { in: scope.userIds } } } }] };
}

/** Contacts follow their account's visibility (splits included). */
export function contactScopeWhere(scope: Scope): Prisma.ContactWhereInput {
  if (scope.kind === "all") return {};
  return { account: accountScopeWhere(scope) };
}

/** The scope of a CRM reader; throws AccessDenied for roles without crm.read. */
export async function crmScope(actor: Actor): Promise<Scope> {
  assertCan(actor, "crm.read");
  return loadScope(actor);
}

/**
 * Users the actor may make an account owner or split owner: sales only themselves, a manager
 * their team tree, an admin anyone active. Computed from the same scope as reading.
 */
export async function assignableOwnerWhere(actor: Actor, tx?: Tx): Promise<Prisma.UserWhereInput> {
  if (actor.role === "sales") return { id: actor.id };
  // Inside a caller's transaction, read the team tree through it (see scopeWithin).
  const scope = tx ? await scopeWithin(tx, actor) : await loadScope(actor);
  if (actor.role === "admin") return { active: true };
  if (scope.kind === "all") return { id: actor.id };
  return { id: { in: scope.userIds }, active: true };
}

export async function findOwnerOptions({ actor }: { actor: Actor }) {
  assertCan(actor, "crm.manage");
  return db.user.findMany({ where: await assignableOwnerWhere(actor), select: { id: true, name: true }, orderBy: [{ name: "asc" }, { id: "asc" }] });
}

/**
 * A caller-supplied owner must be assignable by the actor (`assignable` from assignableOwnerWhere,
 * computed before the transaction: SQLite has one connection); returns the owner's team.
 */
export async function assertAssignable(tx: Tx, assignable: Prisma.UserWhereInput, userId: string, field: string): Promise<{ teamId: string | null }> {
  const user = await tx.user.findFirst({ where: { AND: [{ id: userId }, assignable] }, select: { teamId: true } });
  if (!user) throw new FieldError(field, "choice");
  return user;
}
