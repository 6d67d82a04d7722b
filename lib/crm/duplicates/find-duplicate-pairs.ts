import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import type { Scope } from "@/lib/auth/scope";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/sqlite/client";
import { diceSimilarity, NAME_SIMILARITY_THRESHOLD, normalizeCompanyName, normalizePersonName } from "@/lib/domain/dedupe";
import type { DuplicateType } from "@/lib/validation/duplicates";
import { accountScopeWhere, contactScopeWhere, crmScope } from "../crm-scope";
import { leadScopeWhere } from "../leads/lead-values";

export type PairReason = "taxId" | "name" | "email" | "phone" | "nameAtAccount";
export type PairSide = { id: string; label: string; detail: string };
export type DuplicatePair = { a: PairSide; b: PairSide; reasons: PairReason[]; score: number };

/** Groups looked at per key and records per group: every query is bounded, whatever the table size. */
const MAX_GROUPS = 200;
const MAX_GROUP_SIZE = 50;
/** Pairs kept in all (the page shows them 25 at a time). */
const MAX_PAIRS = 1000;
export const PAIRS_PAGE_SIZE = 25;

class Pairs {
  private byKey = new Map<string, DuplicatePair>();
  add(x: PairSide, y: PairSide, reason: PairReason, score = 1) {
    if (x.id === y.id || this.byKey.size >= MAX_PAIRS) return;
    const [a, b] = x.id < y.id ? [x, y] : [y, x];
    const key = `${a.id}:${b.id}`;
    const pair = this.byKey.get(key);
    if (!pair) this.byKey.set(key, { a, b, reasons: [reason], score });
    else {
      if (!pair.reasons.includes(reason)) pair.reasons.push(reason);
      pair.score = Math.max(pair.score, score);
    }
  }
  /** Every record of a group paired with the group's first (enough to merge them all, one by one). */
  addGroup(rows: PairSide[], reason: PairReason) {
    for (const row of rows.slice(1)) this.add(rows[0], row, reason);
  }
  list(): DuplicatePair[] {
    return [...this.byKey.values()].sort((p, q) => q.reasons.length - p.reasons.length || q.score - p.score || p.a.label.localeCompare(q.a.label) || p.a.id.localeCompare(q.a.id));
  }
}

type ValueGroupArgs = { by: string[]; where: object; having: object; orderBy: object; take: number };
type ValueGroups = (args: ValueGroupArgs) => Promise<Record<string, string>[]>;

/**
 * Values of `field` held by more than one record (capped). Prisma's groupBy types cannot take
 * the field as a variable, hence the one cast.
 */
async function sharedValues(groupByField: unknown, field: string, where: object): Promise<string[]> {
  const groups = await (groupByField as ValueGroups)({ by: [field], where: { AND: [{ [field]: { not: "" } }, where] }, having: { [field]: { _count: { gt: 1 } } }, orderBy: { [field]: "asc" }, take: MAX_GROUPS });
  return groups.map((g) => g[field]);
}

/** Records sharing one value of `field`, grouped by it. */
function groupBy<T extends Record<string, unknown>>(rows: T[], field: keyof T): T[][] {
  const groups = new Map<unknown, T[]>();
  for (const row of rows) groups.set(row[field], [...(groups.get(row[field]) ?? []), row]);
  return [...groups.values()].filter((g) => g.length > 1);
}

/** The scope as raw SQL on the Account alias `a`, for the name-block query Prisma cannot express. */
function accountScopeSql(scope: Scope): Prisma.Sql {
  if (scope.kind === "all") return Prisma.sql`1 = 1`;
  const ids = Prisma.join(scope.userIds);
  return Prisma.sql`(a."ownerId" IN (${ids}) OR EXISTS (SELECT 1 FROM "AccountOwnerSplit" s WHERE s."accountId" = a."id" AND s."userId" IN (${ids})))`;
}

async function accountPairs(scope: Scope, pairs: Pairs) {
  const where = accountScopeWhere(scope);
  const side = (r: { id: string; name: string; code: string }): PairSide => ({ id: r.id, label: r.name, detail: r.code });
  const taxIds = await sharedValues(db.account.groupBy.bind(db.account), "taxId", where);
  if (taxIds.length) {
    const rows = await db.account.findMany({ where: { AND: [{ taxId: { in: taxIds } }, where] }, select: { id: true, name: true, code: true, taxId: true }, orderBy: { id: "asc" }, take: MAX_GROUPS * MAX_GROUP_SIZE });
    for (const group of groupBy(rows, "taxId")) pairs.addGroup(group.map(side), "taxId");
  }
  // Name blocks: accounts whose names start with the same four characters (case folded), then
  // similarity within each block.
  const block = Prisma.sql`lower(substr(a."name", 1, 4))`;
  const rows = await db.$queryRaw<{ id: string; name: string; code: string; block: string }[]>(Prisma.sql`
    SELECT a."id", a."name", a."code", ${block} AS "block" FROM "Account" a
    JOIN (SELECT ${block} AS "block" FROM "Account" a WHERE ${accountScopeSql(scope)} GROUP BY ${block}
          HAVING count(*) BETWEEN 2 AND ${Prisma.raw(String(MAX_GROUP_SIZE))} ORDER BY 1 LIMIT ${Prisma.raw(String(MAX_GROUPS))}) g ON g."block" = ${block}
    WHERE ${accountScopeSql(scope)}`);
  for (const group of groupBy(rows, "block")) {
    const names = group.map((r) => normalizeCompanyName(r.name));
    for (let i = 0; i < group.length; i++)
      for (let j = i + 1; j < group.length; j++) {
        const score = diceSimilarity(names[i], names[j]);
        if (score >= NAME_SIMILARITY_THRESHOLD) pairs.add(side(group[i]), side(group[j]), "name", score);
      }
  }
}

async function contactPairs(scope: Scope, pairs: Pairs) {
  const where = contactScopeWhere(scope);
  const select = { id: true, name: true, email: true, phone: true, mobile: true, accountId: true, account: { select: { name: true } } } as const;
  const side = (r: { id: string; name: string; account: { name: string } }): PairSide => ({ id: r.id, label: r.name, detail: r.account.name });
  for (const field of ["email", "phone", "mobile"] as const) {
    const values = await sharedValues(db.contact.groupBy.bind(db.contact), field, where);
    if (!values.length) continue;
    const rows = await db.contact.findMany({ where: { AND: [{ [field]: { in: values } }, where] }, select, orderBy: { id: "asc" }, take: MAX_GROUPS * MAX_GROUP_SIZE });
    for (const group of groupBy(rows, field)) pairs.addGroup(group.map(side), field === "email" ? "email" : "phone");
  }
  const nameGroups = await db.contact.groupBy({ by: ["accountId", "name"], where, having: { name: { _count: { gt: 1 } } }, orderBy: [{ accountId: "asc" }, { name: "asc" }], take: MAX_GROUPS });
  if (nameGroups.length) {
    const rows = await db.contact.findMany({ where: { AND: [{ OR: nameGroups.map((g) => ({ accountId: g.accountId, name: g.name })) }, where] }, select, take: MAX_GROUPS * MAX_GROUP_SIZE });
    const keyed = rows.map((r) => ({ ...r, key: `${r.accountId}:${normalizePersonName(r.name)}` }));
    for (const group of groupBy(keyed, "key")) pairs.addGroup(group.map(side), "nameAtAccount");
  }
}

async function leadPairs(scope: Scope, pairs: Pairs) {
  // Converted leads are read-only history: never offered for merging.
  const where: Prisma.LeadWhereInput = { AND: [{ status: { not: "converted" } }, leadScopeWhere(scope)] };
  const side = (r: { id: string; personName: string; number: string; company: string }): PairSide => ({ id: r.id, label: r.personName, detail: [r.number, r.company].filter(Boolean).join(" · ") });
  for (const field of ["email", "phone"] as const) {
    const values = await sharedValues(db.lead.groupBy.bind(db.lead), field, where);
    if (!values.length) continue;
    const rows = await db.lead.findMany({ where: { AND: [{ [field]: { in: values } }, where] }, select: { id: true, personName: true, number: true, company: true, email: true, phone: true }, orderBy: { id: "asc" }, take: MAX_GROUPS * MAX_GROUP_SIZE });
    for (const group of groupBy(rows, field)) pairs.addGroup(group.map(side), field);
  }
}

/**
 * Pairs of likely duplicates among the records the actor may see, strongest first, one page.
 * Exact keys (tax id, email, phone) are found by GROUP BY; similar account names by blocks of
 * a common name prefix, compared in memory. Every query is capped, so it stays bounded.
 */
export async function findDuplicatePairs({ actor, type, page }: { actor: Actor; type: DuplicateType; page: number }) {
  assertCan(actor, "crm.manage");
  const scope = await crmScope(actor);
  const pairs = new Pairs();
  if (type === "account") await accountPairs(scope, pairs);
  else if (type === "contact") await contactPairs(scope, pairs);
  else await leadPairs(scope, pairs);
  const all = pairs.list();
  const pages = Math.max(1, Math.ceil(all.length / PAIRS_PAGE_SIZE));
  const current = Math.min(Math.max(1, page), pages);
  return { rows: all.slice((current - 1) * PAIRS_PAGE_SIZE, current * PAIRS_PAGE_SIZE), total: all.length, page: current, pages };
}
