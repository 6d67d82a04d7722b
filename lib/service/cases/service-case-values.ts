import "server-only";
import { ownerWhere, type Scope } from "@/lib/auth/scope";
import type { Tx } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/sqlite/client";
import { FieldError, NotFoundError } from "@/lib/errors";
import type { ServiceCaseCreateInput } from "@/lib/validation/service";
import { accountScopeWhere, assertAssignable } from "@/lib/crm/crm-scope";

/**
 * The one visibility rule for service cases: a case is visible when its owner is in the reader's
 * scope OR its account is visible to the reader (accountScopeWhere, splits included). So the rep
 * who owns the account sees every case on it, even one a colleague handles, and the colleague
 * handling it sees it too. `{}` only for the "all" scope.
 */
export function serviceCaseScopeWhere(scope: Scope): Prisma.ServiceCaseWhereInput {
  if (scope.kind === "all") return {};
  return { OR: [ownerWhere(scope, "ownerId"), { account: accountScopeWhere(scope) }] };
}

/**
 * Checks every caller-supplied reference inside the transaction (an account the actor sees, a
 * contact of that account, an existing sellable product, an assignable owner) and returns the row
 * values. `current` keeps an existing owner/account without re-checking them.
 */
export async function serviceCaseValues(tx: Tx, scope: Scope, assignable: Prisma.UserWhereInput, input: ServiceCaseCreateInput, current?: { ownerId: string; accountId: string }) {
  if (input.accountId !== current?.accountId) {
    const account = await tx.account.findFirst({ where: { AND: [{ id: input.accountId }, accountScopeWhere(scope)] }, select: { id: true } });
    if (!account) throw new NotFoundError();
  }
  if (input.contactId) {
    const contact = await tx.contact.findFirst({ where: { id: input.contactId, accountId: input.accountId }, select: { id: true } });
    if (!contact) throw new FieldError("contactId", "choice");
  }
  if (input.productId) {
    // Groups are not sold themselves: a case is about a simple product or one variant.
    const product = await tx.product.findFirst({ where: { id: input.productId, kind: { not: "group" } }, select: { id: true } });
    if (!product) throw new FieldError("productId", "choice");
  }
  const owner =
    current?.ownerId === input.ownerId
      ? await tx.user.findUniqueOrThrow({ where: { id: input.ownerId }, select: { teamId: true } })
      : await assertAssignable(tx, assignable, input.ownerId, "ownerId");
  return {
    accountId: input.accountId,
    contactId: input.contactId,
    productId: input.productId,
    productText: input.productText,
    category: input.category,
    severity: input.severity,
    subject: input.subject,
    description: input.description,
    ownerId: input.ownerId,
    // Copied from the owner so team reports group without walking users.
    teamId: owner.teamId,
  };
}
