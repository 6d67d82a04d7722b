import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { accountScopeWhere } from "@/lib/crm/crm-scope";
import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { salesScope } from "@/lib/sales/sales-scope";

/**
 * What the order form offers for one customer the actor may see: its contacts and defaults
 * (price list, terms, shipping address, prepayment share), active warehouses (default first),
 * enabled currencies and active price lists.
 */
export async function findOrderFormOptions({ actor, accountId }: { actor: Actor; accountId: string }) {
  const scope = await salesScope(actor);
  const account = await db.account.findFirst({
    where: { AND: [{ id: accountId }, accountScopeWhere(scope)] },
    select: {
      id: true, name: true, priceListId: true, paymentTermsDays: true, shippingAddress: true, prepaymentBp: true,
      contacts: { select: { id: true, name: true }, orderBy: [{ isPrimary: "desc" }, { name: "asc" }] },
    },
  });
  if (!account) throw new NotFoundError();
  const [warehouses, currencies, priceLists, company] = await Promise.all([
    db.warehouse.findMany({ where: { active: true }, orderBy: [{ isDefault: "desc" }, { code: "asc" }], select: { id: true, code: true, name: true } }),
    db.currency.findMany({ where: { enabled: true }, orderBy: { code: "asc" }, select: { code: true } }),
    db.priceList.findMany({ where: { active: true }, orderBy: [{ isDefault: "desc" }, { name: "asc" }], select: { id: true, name: true, currencyCode: true, isDefault: true } }),
    db.company.findUnique({ where: { id: "company" }, select: { baseCurrency: true } }),
  ]);
  return { account, warehouses, currencies: currencies.map((c) => c.code), priceLists, baseCurrency: company?.baseCurrency ?? "CNY" };
}

export type OrderFormOptions = Awaited<ReturnType<typeof findOrderFormOptions>>;

/** Customers the actor may sell to, for the account picker of a new order. */
export async function findOrderAccounts({ actor }: { actor: Actor }) {
  const scope = await salesScope(actor);
  return db.account.findMany({ where: { AND: [accountScopeWhere(scope), { status: { not: "inactive" } }] }, select: { id: true, name: true }, orderBy: [{ name: "asc" }, { id: "asc" }], take: 1000 });
}
