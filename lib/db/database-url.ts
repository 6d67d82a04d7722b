// Which database Carrack talks to, decided once from DATABASE_URL.
// postgres:// or postgresql:// → PostgreSQL; anything else (or nothing) → the embedded SQLite file.
export type DatabaseKind = "sqlite" | "postgresql";

export const DEFAULT_SQLITE_URL = "file:./data/carrack.db";

export function databaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  return env.DATABASE_URL?.trim() || DEFAULT_SQLITE_URL;
}

export function databaseKind(url: string = databaseUrl()): DatabaseKind {
  return /^postgres(ql)?:\/\//i.test(url) ? "postgresql" : "sqlite";
}

/** file:./data/x.db or a bare path → a filesystem path for better-sqlite3. */
export function sqliteFilePath(url: string): string {
  return url.replace(/^file:/, "").replace(/\?.*$/, "");
}
