import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { accountScopeWhere, crmScope, findOwnerOptions } from "../crm-scope";

/** What the account form offers: assignable owners, active price lists and the base currency. */
export async function findAccountFormOptions({ actor }: { actor: Actor }) {
  const [owners, priceLists, company] = await Promise.all([
    findOwnerOptions({ actor }),
    db.priceList.findMany({ where: { active: true }, select: { id: true, name: true, currencyCode: true }, orderBy: [{ name: "asc" }, { id: "asc" }] }),
    db.company.findUnique({ where: { id: "company" }, select: { baseCurrency: true } }),
  ]);
  return { owners, priceLists, currency: company?.baseCurrency ?? "CNY" };
}

export type AccountFormOptions = Awaited<ReturnType<typeof findAccountFormOptions>>;

/** The company's base currency, for showing credit limits. */
export async function findBaseCurrency(): Promise<string> {
  const company = await db.company.findUnique({ where: { id: "company" }, select: { baseCurrency: true } });
  return company?.baseCurrency ?? "CNY";
}

/** Active accounts in the actor's scope for the contact form's account picker (name order). */
export async function findAccountOptions({ actor }: { actor: Actor }) {
  const scope = await crmScope(actor);
  return db.account.findMany({ where: accountScopeWhere(scope), select: { id: true, name: true }, orderBy: [{ name: "asc" }, { id: "asc" }], take: 1000 });
}
