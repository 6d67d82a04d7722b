import "server-only";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as SqliteClient } from "./generated/sqlite/client";
import { PrismaClient as PostgresClient } from "./generated/postgres/client";
import { SerializedSqliteFactory } from "./serialized-sqlite";
import { databaseKind, databaseUrl, sqliteFilePath, type DatabaseKind } from "./database-url";

// Both generated clients expose the same model API (one base schema); the app is typed against
// the SQLite one and the PostgreSQL client is used through the same type.
export type Db = SqliteClient;
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

const url = databaseUrl();
export const dbKind: DatabaseKind = databaseKind(url);

function create(): Db {
  if (dbKind === "postgresql") {
    const max = Number(process.env.DATABASE_POOL_SIZE ?? 10);
    const adapter = new PrismaPg({ connectionString: url, max });
    return new PostgresClient({ adapter }) as unknown as Db;
  }
  // WAL lets readers run beside the writer; busy_timeout waits for a lock instead of failing
  // at once when a second process writes; foreign keys are off by default in SQLite.
  const adapter = new SerializedSqliteFactory(new PrismaBetterSQLite3({ url: sqliteFilePath(url), timeout: 10_000 }));
  return new SqliteClient({ adapter });
}

const globalForDb = globalThis as unknown as { carrackDb?: Db; carrackDbReady?: Promise<void> };

export const db: Db = globalForDb.carrackDb ?? create();
if (process.env.NODE_ENV !== "production") globalForDb.carrackDb = db;

/** Connection settings that must hold on every SQLite connection before the first query. */
export function dbReady(): Promise<void> {
  globalForDb.carrackDbReady ??= (async () => {
    if (dbKind !== "sqlite") return;
    await db.$queryRawUnsafe("PRAGMA journal_mode = WAL");
    await db.$queryRawUnsafe("PRAGMA busy_timeout = 10000");
    await db.$queryRawUnsafe("PRAGMA foreign_keys = ON");
    await db.$queryRawUnsafe("PRAGMA synchronous = NORMAL");
  })();
  return globalForDb.carrackDbReady;
}
