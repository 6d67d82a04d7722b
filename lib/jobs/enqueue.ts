import "server-only";
import { dbKind, type Tx } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/errors";

export type EnqueueInput = {
  /** Which handler runs it (see lib/jobs/handlers.ts): "email", "webhook", … */
  kind: string;
  /** JSON-serialisable; keep it small (big attachments go to files, see lib/email/enqueue-email.ts). */
  payload: unknown;
  /** Enqueueing the same key again is a no-op: the job happens once. */
  dedupeKey?: string;
  webhookId?: string;
  event?: string;
  /** Not before this time (default: now). */
  runAt?: Date;
};

export type Enqueued = { id: string; created: boolean };

/**
 * Writes an outbox message in the caller's transaction, so the job exists exactly when the
 * business change commits (a rollback takes it back) and a worker sends it afterwards.
 *
 * Dedupe: the key is unique in the table. A racing second insert fails on the unique index;
 * on PostgreSQL that error would abort the whole caller transaction, so the insert runs under a
 * savepoint and only the savepoint is rolled back. SQLite fails just the statement.
 */
export async function enqueue(tx: Tx, input: EnqueueInput): Promise<Enqueued> {
  const data = {
    kind: input.kind,
    payload: JSON.stringify(input.payload ?? null),
    dedupeKey: input.dedupeKey ?? null,
    webhookId: input.webhookId ?? null,
    event: input.event ?? "",
    ...(input.runAt ? { nextAttemptAt: input.runAt } : {}),
  };
  if (input.dedupeKey === undefined) {
    const row = await tx.outboxMessage.create({ data, select: { id: true } });
    return { id: row.id, created: true };
  }

  const existing = await tx.outboxMessage.findUnique({ where: { dedupeKey: input.dedupeKey }, select: { id: true } });
  if (existing) return { id: existing.id, created: false };

  const savepoint = dbKind === "postgresql";
  if (savepoint) await tx.$executeRawUnsafe(`SAVEPOINT carrack_enqueue`);
  try {
    const row = await tx.outboxMessage.create({ data, select: { id: true } });
    if (savepoint) await tx.$executeRawUnsafe(`RELEASE SAVEPOINT carrack_enqueue`);
    return { id: row.id, created: true };
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    if (savepoint) await tx.$executeRawUnsafe(`ROLLBACK TO SAVEPOINT carrack_enqueue`);
    // Another transaction enqueued the same key and committed first.
    const winner = await tx.outboxMessage.findUnique({ where: { dedupeKey: input.dedupeKey }, select: { id: true } });
    return { id: winner?.id ?? "", created: false };
  }
}
