import "server-only";
import { db, dbKind, type Tx } from "./client";
import { isRetryableConflict } from "./errors";

type Options = { maxAttempts?: number; timeoutMs?: number };

/**
 * The unit of work: runs `work` in one database transaction and retries it when the database
 * reports a conflict another writer caused (PostgreSQL serialization failure or deadlock,
 * SQLite busy). `work` must be safe to run again: it re-reads everything it checks.
 *
 * SQLite: the first statement takes the database's write lock, so the transaction never reads
 * a snapshot that a write by another process makes stale (a deferred BEGIN would fail with
 * SQLITE_BUSY_SNAPSHOT at its first write instead of waiting). Writers thus run one at a time,
 * across processes too, and busy_timeout makes them queue rather than fail.
 */
export async function transact<T>(work: (tx: Tx) => Promise<T>, options: Options = {}): Promise<T> {
  const maxAttempts = options.maxAttempts ?? 5;
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.$transaction(
        async (tx) => {
          if (dbKind === "sqlite") await tx.$executeRawUnsafe(`UPDATE "NumberSequence" SET "next" = "next" WHERE 0`);
          return work(tx);
        },
        { maxWait: 15_000, timeout: options.timeoutMs ?? 20_000 },
      );
    } catch (error) {
      if (attempt >= maxAttempts || !isRetryableConflict(error)) throw error;
      // Jittered backoff so two retrying writers do not collide again in lockstep.
      await new Promise((r) => setTimeout(r, 20 * attempt + Math.random() * 30));
    }
  }
}

/**
 * Locks rows that guard an invariant until the transaction ends (PostgreSQL `FOR UPDATE`).
 * On SQLite the transaction already holds the database write lock, so nothing more is needed.
 * `table` is a model name from our own code, never user input.
 */
export async function lockRows(tx: Tx, table: string, ids: string[]): Promise<void> {
  if (dbKind !== "postgresql" || ids.length === 0) return;
  if (!/^[A-Za-z]+$/.test(table)) throw new Error(`bad table name ${table}`);
  await tx.$queryRawUnsafe(`SELECT "id" FROM "${table}" WHERE "id" = ANY($1::text[]) FOR UPDATE`, ids);
}
