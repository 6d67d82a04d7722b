import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { accountScopeWhere } from "@/lib/crm/crm-scope";
import { db } from "@/lib/db/client";
import { toMinor } from "@/lib/domain/money";
import { NotFoundError } from "@/lib/errors";
import { companyDay } from "@/lib/pricing/company-day";
import { ownedDocumentWhere, salesScope } from "@/lib/sales/sales-scope";
import { evaluateCreditInTx } from "./evaluate-credit";

/**
 * A customer's credit position for the account page and the order page: the evaluation (limit,
 * exposure parts, overdue invoices, policy) and the open orders. Visible when the account is in
 * the actor's scope, or through an order of theirs on it.
 */
export async function findCreditPosition({ actor, accountId, today = companyDay() }: { actor: Actor; accountId: string; today?: string }) {
  const scope = await salesScope(actor);
  const visible =
    (await db.account.count({ where: { AND: [{ id: accountId }, accountScopeWhere(scope)] } })) > 0 ||
    (await db.salesOrder.count({ where: { AND: [{ accountId }, ownedDocumentWhere(scope)] } })) > 0;
  if (!visible) throw new NotFoundError();
  // Read outside a transaction: a page view must not take SQLite's write lock. (The row lock
  // evaluateCreditInTx asks for on PostgreSQL ends with its own statement here.)
  const credit = await evaluateCreditInTx(db, accountId, today);
  const openOrders = await db.salesOrder.findMany({
    where: { AND: [{ accountId, status: "confirmed", NOT: { deliveryStatus: "delivered", invoiceStatus: "invoiced" } }, ownedDocumentWhere(scope)] },
    orderBy: [{ orderDate: "desc" }, { id: "desc" }],
    take: 20,
    select: { id: true, number: true, orderDate: true, total: true, currencyCode: true, creditHold: true, deliveryStatus: true, invoiceStatus: true, status: true },
  });
  return { credit, openOrders: openOrders.map((o) => ({ ...o, total: toMinor(o.total) })) };
}

export type CreditPosition = Awaited<ReturnType<typeof findCreditPosition>>;
