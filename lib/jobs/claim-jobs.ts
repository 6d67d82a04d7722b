import "server-only";
import { db, dbKind } from "@/lib/db/client";

export type ClaimedJob = {
  id: string;
  kind: string;
  payload: string;
  attempts: number;
  webhookId: string | null;
  event: string;
  dedupeKey: string | null;
  /** The lease this worker holds; finishing a job only counts while it still matches. */
  lockedUntil: Date;
};

export type ClaimOptions = { limit?: number; now?: Date; lockMs?: number };

export const DEFAULT_LOCK_MS = 5 * 60_000;

/**
 * Leases up to `limit` due jobs (pending, nextAttemptAt ≤ now, no live lease) to this worker by
 * setting lockedUntil, so several workers — threads or app instances — never run one job at the
 * same time. A worker that dies mid-job loses its lease when lockedUntil passes; the job then
 * runs again (delivery is at-least-once; handlers that must not repeat use dedupe keys).
 *
 * PostgreSQL: one UPDATE over a `FOR UPDATE SKIP LOCKED` sub-select, so concurrent claimers skip
 * each other's rows instead of waiting or taking them twice. SQLite has one writer at a time:
 * a conditional UPDATE per candidate row, and a row counts as claimed only when it changed.
 */
export async function claimJobs(options: ClaimOptions = {}): Promise<ClaimedJob[]> {
  const limit = Math.max(1, Math.min(100, Math.floor(options.limit ?? 20)));
  const now = options.now ?? new Date();
  const lockedUntil = new Date(now.getTime() + (options.lockMs ?? DEFAULT_LOCK_MS));
  const ids = dbKind === "postgresql" ? await claimPostgres(limit, now, lockedUntil) : await claimSqlite(limit, now, lockedUntil);
  if (ids.length === 0) return [];
  const rows = await db.outboxMessage.findMany({
    where: { id: { in: ids }, lockedUntil },
    select: { id: true, kind: true, payload: true, attempts: true, webhookId: true, event: true, dedupeKey: true, nextAttemptAt: true },
    orderBy: [{ nextAttemptAt: "asc" }, { id: "asc" }],
  });
  return rows.map(({ nextAttemptAt: _, ...row }) => ({ ...row, lockedUntil }));
}

async function claimPostgres(limit: number, now: Date, lockedUntil: Date): Promise<string[]> {
  // Timestamps go in as ISO text cast to `timestamp` (Prisma stores UTC without a zone there).
  const rows = await db.$queryRawUnsafe<{ id: string }[]>(
    `UPDATE "OutboxMessage" SET "lockedUntil" = $1::timestamp
     WHERE "id" IN (
       SELECT "id" FROM "OutboxMessage"
       WHERE "status" = 'pending' AND "nextAttemptAt" <= $2::timestamp
         AND ("lockedUntil" IS NULL OR "lockedUntil" <= $2::timestamp)
       ORDER BY "nextAttemptAt"
       LIMIT $3
       FOR UPDATE SKIP LOCKED)
     RETURNING "id"`,
    lockedUntil.toISOString(),
    now.toISOString(),
    limit,
  );
  return rows.map((r) => r.id);
}

async function claimSqlite(limit: number, now: Date, lockedUntil: Date): Promise<string[]> {
  const free = { status: "pending", nextAttemptAt: { lte: now }, OR: [{ lockedUntil: null }, { lockedUntil: { lte: now } }] };
  const candidates = await db.outboxMessage.findMany({ where: free, select: { id: true }, orderBy: { nextAttemptAt: "asc" }, take: limit });
  const claimed: string[] = [];
  for (const { id } of candidates) {
    const { count } = await db.outboxMessage.updateMany({ where: { id, ...free }, data: { lockedUntil } });
    if (count === 1) claimed.push(id);
  }
  return claimed;
}
