import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { ownedDocumentWhere, salesScope } from "@/lib/sales/sales-scope";

export type AccountToDeliver = { id: string; name: string; orders: number; oldestOrderDate: string };

/**
 * Customers with confirmed orders that still have goods to deliver (delivery status none or
 * partial), oldest waiting first: where a new delivery note starts. Bounded to `take` orders.
 */
export async function findAccountsToDeliver({ actor, take = 300 }: { actor: Actor; take?: number }): Promise<AccountToDeliver[]> {
  const scope = await salesScope(actor);
  const orders = await db.salesOrder.findMany({
    where: { AND: [{ status: "confirmed", deliveryStatus: { in: ["none", "partial"] }, lines: { some: { stockTracked: true } } }, ownedDocumentWhere(scope)] },
    orderBy: [{ orderDate: "asc" }, { id: "asc" }],
    take,
    select: { orderDate: true, account: { select: { id: true, name: true } } },
  });
  const byAccount = new Map<string, AccountToDeliver>();
  for (const o of orders) {
    const a = byAccount.get(o.account.id) ?? { id: o.account.id, name: o.account.name, orders: 0, oldestOrderDate: o.orderDate };
    a.orders += 1;
    byAccount.set(o.account.id, a);
  }
  return [...byAccount.values()];
}
