import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { accountScopeWhere, crmScope, findOwnerOptions } from "@/lib/crm/crm-scope";
import { db } from "@/lib/db/client";
import { today } from "@/lib/domain/service-case";
import { appTimeZone } from "@/lib/table/day-range";
import { pageWindow } from "@/lib/table/params";
import { serviceCasesOrderBy, serviceCasesWhere, type ServiceCasesParams } from "./service-cases-table";
import { serviceCaseScopeWhere } from "./service-case-values";

export const SERVICE_CASE_LIST_SELECT = {
  id: true,
  number: true,
  subject: true,
  category: true,
  severity: true,
  status: true,
  productText: true,
  rootCause: true,
  satisfaction: true,
  followUpDate: true,
  openedAt: true,
  resolvedAt: true,
  updatedAt: true,
  account: { select: { id: true, name: true } },
  product: { select: { id: true, sku: true, nameZh: true, nameEn: true } },
  owner: { select: { id: true, name: true } },
} as const;

/** One page of the service cases the actor may see. */
export async function findServiceCases({ actor, params, now = new Date() }: { actor: Actor; params: ServiceCasesParams; now?: Date }) {
  const scope = await crmScope(actor);
  const where = { AND: [serviceCaseScopeWhere(scope), serviceCasesWhere(params, today(now, appTimeZone()))] };
  const total = await db.serviceCase.count({ where });
  const { page, skip, take } = pageWindow(params, total);
  const rows = await db.serviceCase.findMany({ where, orderBy: serviceCasesOrderBy(params), skip, take, select: SERVICE_CASE_LIST_SELECT });
  return { rows, total, page };
}

export type ServiceCaseListRow = Awaited<ReturnType<typeof findServiceCases>>["rows"][number];

/** The same filter and scope for the CSV export, read in id-ordered keyset batches. */
export async function findServiceCasesBatch({ actor, params, cursor, take, now = new Date() }: { actor: Actor; params: ServiceCasesParams; cursor: string | null; take: number; now?: Date }) {
  const scope = await crmScope(actor);
  const and = [serviceCaseScopeWhere(scope), serviceCasesWhere(params, today(now, appTimeZone()))];
  if (cursor) and.push({ id: { gt: cursor } });
  return db.serviceCase.findMany({ where: { AND: and }, orderBy: { id: "asc" }, take, select: SERVICE_CASE_LIST_SELECT });
}

/** The owner filter's choices: people owning a case the actor sees. */
export async function findServiceCaseFilterOptions({ actor }: { actor: Actor }) {
  const scope = await crmScope(actor);
  const owners = await db.user.findMany({ where: { ownedServiceCases: { some: serviceCaseScopeWhere(scope) } }, select: { id: true, name: true }, orderBy: [{ name: "asc" }, { id: "asc" }] });
  return { owners };
}

/** The cases of one account (only those the reader may see), newest first, for the account page. */
export async function findAccountServiceCases({ actor, accountId, take = 20 }: { actor: Actor; accountId: string; take?: number }) {
  const scope = await crmScope(actor);
  const where = { AND: [{ accountId }, serviceCaseScopeWhere(scope)] };
  const [rows, total] = await Promise.all([
    db.serviceCase.findMany({ where, orderBy: [{ openedAt: "desc" }, { id: "asc" }], take, select: { id: true, number: true, subject: true, category: true, severity: true, status: true, openedAt: true } }),
    db.serviceCase.count({ where }),
  ]);
  return { rows, total };
}

/** What the case form offers: accounts with their contacts, sellable products, owners. */
export async function findServiceCaseFormOptions({ actor }: { actor: Actor }) {
  const scope = await crmScope(actor);
  const [accounts, products, owners] = await Promise.all([
    db.account.findMany({
      where: accountScopeWhere(scope),
      select: { id: true, name: true, contacts: { select: { id: true, name: true }, orderBy: [{ isPrimary: "desc" }, { name: "asc" }] } },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      take: 1000,
    }),
    db.product.findMany({ where: { kind: { not: "group" } }, select: { id: true, sku: true, nameZh: true, nameEn: true }, orderBy: [{ sku: "asc" }], take: 2000 }),
    findOwnerOptions({ actor }),
  ]);
  return { accounts, products, owners };
}

export type ServiceCaseFormOptions = Awaited<ReturnType<typeof findServiceCaseFormOptions>>;
