import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { accountScopeWhere } from "@/lib/crm/crm-scope";
import { db } from "@/lib/db/client";
import { addAging, emptyAging, type AgingTotals } from "@/lib/domain/aging";
import { companyDay } from "@/lib/pricing/company-day";
import { pageWindow } from "@/lib/table/params";
import { salesScope } from "../sales-scope";
import type { AgingParams } from "./aging-table";
import { agingByAccount } from "./open-items";

export type AgingRow = AgingTotals & { id: string; code: string; name: string; ownerName: string };

/**
 * 账龄: every customer with a balance, aged by due date into current / 1–30 / 31–60 / 61–90 /
 * 90+ days past due, in base currency, with grand totals. Reading across customers needs
 * billing.read; the rows still follow the reader's scope (a manager sees the team's customers).
 * The per-account figures come from two aggregate queries; sorting and paging happen over the
 * customers with a balance, which are far fewer than the documents behind them.
 */
export async function findAging({ actor, params }: { actor: Actor; params: AgingParams }) {
  assertCan(actor, "billing.read");
  const scope = await salesScope(actor);
  const asOf = params.filters.asOf ?? companyDay();
  const only = scope.kind === "all" ? null : new Set((await db.account.findMany({ where: accountScopeWhere(scope), select: { id: true } })).map((a) => a.id));
  const aging = await agingByAccount({ asOf, only });
  const ids = [...aging.keys()];
  const accounts = new Map<string, { code: string; name: string; ownerId: string; owner: { name: string } }>();
  // Chunked: an unbounded IN list breaks the database's parameter limit.
  for (let i = 0; i < ids.length; i += 500) {
    const slice = await db.account.findMany({ where: { id: { in: ids.slice(i, i + 500) } }, select: { id: true, code: true, name: true, ownerId: true, owner: { select: { name: true } } } });
    for (const a of slice) accounts.set(a.id, a);
  }
  const q = params.q.toLowerCase();
  let rows: AgingRow[] = [];
  for (const [id, totals] of aging) {
    const a = accounts.get(id);
    if (!a) continue;
    if (params.filters.owner && a.ownerId !== params.filters.owner) continue;
    if (params.filters.overdue && totals.d1to30 + totals.d31to60 + totals.d61to90 + totals.over90 <= 0) continue;
    if (q && !a.name.toLowerCase().includes(q) && !a.code.toLowerCase().includes(q)) continue;
    rows.push({ id, code: a.code, name: a.name, ownerName: a.owner.name, ...totals });
  }
  const sign = params.dir === "asc" ? 1 : -1;
  rows.sort((x, y) => sign * (params.sort === "name" ? x.name.localeCompare(y.name) : x[params.sort] - y[params.sort]) || x.id.localeCompare(y.id));
  const totals = rows.reduce((acc, r) => addAging(acc, r), emptyAging());
  const total = rows.length;
  const { page, skip, take } = pageWindow(params, total);
  const all = rows;
  rows = rows.slice(skip, skip + take);
  const company = await db.company.findUnique({ where: { id: "company" }, select: { baseCurrency: true } });
  return { rows, all, total, page, totals, asOf, baseCurrency: company?.baseCurrency ?? "CNY" };
}

/** Owners of customers in the reader's scope, for the owner filter. */
export async function findAgingOwners({ actor }: { actor: Actor }) {
  const scope = await salesScope(actor);
  return db.user.findMany({ where: { ownedAccounts: { some: { ...accountScopeWhere(scope), receivableEntries: { some: {} } } } }, select: { id: true, name: true }, orderBy: { name: "asc" } });
}
