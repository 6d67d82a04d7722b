import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/sqlite/client";
import { containsText } from "@/lib/db/provider";
import { dayRange } from "@/lib/table/day-range";
import { defineTable, filter, pageWindow, type TableParams } from "@/lib/table/params";

// The audit log's URL contract, shared by the page and the CSV export.
export const AUDIT_TABLE = defineTable({
  sortable: ["at", "actorEmail", "action", "entityType", "entityId"],
  defaultSort: "at",
  defaultDir: "desc",
  defaultSize: 50,
  filters: {
    entityType: filter.token(),
    action: filter.token(),
    // A user id, or "system" for entries written without a signed-in actor (seed, jobs).
    actor: filter.id(),
    from: filter.day(),
    to: filter.day(),
  },
});

export type AuditParams = TableParams<(typeof AUDIT_TABLE.sortable)[number], typeof AUDIT_TABLE.filters>;

/** Filters → Prisma where; only the conditions that are set (an undefined one would match all). */
export function auditWhere(params: Pick<AuditParams, "q" | "filters">): Prisma.AuditEntryWhereInput {
  const and: Prisma.AuditEntryWhereInput[] = [];
  const { entityType, action, actor, from, to } = params.filters;
  if (entityType) and.push({ entityType });
  if (action) and.push({ action });
  if (actor === "system") and.push({ actorId: null });
  else if (actor) and.push({ actorId: actor });
  const at = dayRange(from, to);
  if (at) and.push({ at });
  if (params.q) {
    const q = containsText(params.q);
    and.push({ OR: [{ actorEmail: q }, { entityId: q }, { action: q }, { entityType: q }, { requestId: q }] });
  }
  return { AND: and };
}

/** Sort plus id as a tie-breaker, so paging is stable when entries share a timestamp. */
export function auditOrderBy(params: Pick<AuditParams, "sort" | "dir">): Prisma.AuditEntryOrderByWithRelationInput[] {
  return [{ [params.sort]: params.dir }, { id: params.dir }];
}

const LIST_SELECT = { id: true, at: true, actorId: true, actorEmail: true, action: true, entityType: true, entityId: true, requestId: true } as const;

/** One page of the audit log: one count and one page query. */
export async function findAuditEntries({ actor, params }: { actor: Actor; params: AuditParams }) {
  assertCan(actor, "audit.read");
  const where = auditWhere(params);
  const total = await db.auditEntry.count({ where });
  const { page, skip, take } = pageWindow(params, total);
  const rows = await db.auditEntry.findMany({ where, orderBy: auditOrderBy(params), skip, take, select: LIST_SELECT });
  return { rows, total, page };
}

export type AuditListRow = Awaited<ReturnType<typeof findAuditEntries>>["rows"][number];

/** The same filter for the CSV export, in id-ordered keyset batches, with the before/after values. */
export async function findAuditEntriesBatch({ actor, params, cursor, take }: { actor: Actor; params: AuditParams; cursor: string | null; take: number }) {
  assertCan(actor, "audit.read");
  const filtered = auditWhere(params);
  const where = cursor ? { AND: [filtered, { id: { gt: cursor } }] } : filtered;
  return db.auditEntry.findMany({ where, orderBy: { id: "asc" }, take, select: { ...LIST_SELECT, before: true, after: true } });
}

/**
 * Values for the filter selects. GROUP BY queries (not DISTINCT, which Prisma does in memory),
 * so the cost stays bounded by the number of distinct values, not the size of the log.
 */
export async function findAuditFilterOptions({ actor }: { actor: Actor }) {
  assertCan(actor, "audit.read");
  const [types, actions, actors] = await Promise.all([
    db.auditEntry.groupBy({ by: ["entityType"], orderBy: { entityType: "asc" } }),
    db.auditEntry.groupBy({ by: ["action"], orderBy: { action: "asc" } }),
    db.user.findMany({ select: { id: true, email: true }, orderBy: { email: "asc" } }),
  ]);
  return { entityTypes: types.map((t) => t.entityType), actions: actions.map((a) => a.action), actors };
}
