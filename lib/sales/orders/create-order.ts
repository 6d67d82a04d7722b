import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { writeAudit } from "@/lib/audit/write-audit";
import { assertCan } from "@/lib/auth/permissions";
import { transact } from "@/lib/db/transact";
import { salesScope } from "@/lib/sales/sales-scope";
import type { OrderCreateInput } from "@/lib/validation/orders";
import { draftValues } from "./draft-values";
import { accountInScope } from "./order-values";

/** Enters a sales order directly, as a draft owned by the actor (numbered at confirmation). */
export async function createOrder({ actor, input }: { actor: Actor; input: OrderCreateInput }): Promise<{ id: string }> {
  assertCan(actor, "sales.manage");
  const scope = await salesScope(actor);
  return transact(async (tx) => {
    // The customer must be one the actor may see (checked inside the write, not before it).
    const account = await accountInScope(tx, scope, input.accountId);
    const { header, lines } = await draftValues(tx, actor, account.id, input);
    const order = await tx.salesOrder.create({
      data: { ...header, accountId: account.id, ownerId: actor.id, teamId: actor.teamId, createdById: actor.id, lines: { create: lines } },
      select: { id: true, total: true, currencyCode: true },
    });
    await writeAudit(tx, { actor, action: "create", entityType: "SalesOrder", entityId: order.id, after: { accountId: account.id, total: order.total, currencyCode: order.currencyCode, lines: lines.length } });
    return { id: order.id };
  });
}
