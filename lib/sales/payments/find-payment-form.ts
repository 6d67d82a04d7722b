import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { accountScopeWhere } from "@/lib/crm/crm-scope";
import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { ownedDocumentWhere, salesScope } from "../sales-scope";
import { openInvoicesInTx } from "./find-open-amounts";

/**
 * What the new-payment form offers: the customers in scope (bounded, by name), enabled
 * currencies, and — for the chosen customer — its open invoices in every currency (the grid
 * shows those of the payment's currency, oldest due first) and its confirmed orders (prepayments).
 */
export async function findPaymentForm({ actor, accountId }: { actor: Actor; accountId: string | null }) {
  const scope = await salesScope(actor);
  const [accounts, currencies, company] = await Promise.all([
    db.account.findMany({ where: { ...accountScopeWhere(scope), code: { not: "WALK-IN" } }, select: { id: true, name: true, code: true }, orderBy: [{ name: "asc" }, { id: "asc" }], take: 1000 }),
    db.currency.findMany({ where: { enabled: true }, select: { code: true }, orderBy: { code: "asc" } }),
    db.company.findUnique({ where: { id: "company" }, select: { baseCurrency: true } }),
  ]);
  let account: { id: string; name: string } | null = null;
  let openInvoices: Awaited<ReturnType<typeof openInvoicesInTx>> = [];
  let orders: { id: string; number: string | null; currencyCode: string }[] = [];
  if (accountId) {
    account = await db.account.findFirst({ where: { id: accountId, ...accountScopeWhere(scope) }, select: { id: true, name: true } });
    if (!account) throw new NotFoundError();
    openInvoices = await openInvoicesInTx(db, { accountId });
    orders = await db.salesOrder.findMany({
      where: { accountId, status: "confirmed", ...ownedDocumentWhere(scope) },
      select: { id: true, number: true, currencyCode: true },
      orderBy: { orderDate: "desc" },
      take: 200,
    });
  }
  return { accounts, currencies: currencies.map((c) => c.code), baseCurrency: company?.baseCurrency ?? "CNY", account, openInvoices, orders };
}

export type PaymentFormOptions = Awaited<ReturnType<typeof findPaymentForm>>;
