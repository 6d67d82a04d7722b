import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { loadScope } from "@/lib/auth/load-scope";
import { assertCan } from "@/lib/auth/permissions";
import { ownerWhere, type Scope } from "@/lib/auth/scope";
import type { Prisma } from "@/lib/db/generated/sqlite/client";
import { accountScopeWhere } from "@/lib/crm/crm-scope";

// Who sees which sales document. A document follows its customer: visible when the account is
// in the actor's scope (owner or split owner), and quotes, orders and invoices also to the
// owner of the document itself. Admin, finance and warehouse see all. Used in every `where`.

/** The scope of a sales reader; throws AccessDenied for roles without sales.read. */
export async function salesScope(actor: Actor): Promise<Scope> {
  assertCan(actor, "sales.read");
  return loadScope(actor);
}

type OwnedDocumentWhere = Record<string, never> | { OR: [{ ownerId: { in: string[] } }, { account: Prisma.AccountWhereInput }] };

/** Quotes, sales orders, invoices: the document's owner or its account is in scope. */
export function ownedDocumentWhere(scope: Scope): OwnedDocumentWhere {
  if (scope.kind === "all") return {};
  return { OR: [ownerWhere(scope, "ownerId") as { ownerId: { in: string[] } }, { account: accountScopeWhere(scope) }] };
}

/** Deliveries, returns, payments, ledger entries: the account is in scope. */
export function accountDocumentWhere(scope: Scope): Record<string, never> | { account: Prisma.AccountWhereInput } {
  if (scope.kind === "all") return {};
  return { account: accountScopeWhere(scope) };
}
