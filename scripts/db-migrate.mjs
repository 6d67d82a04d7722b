// Applies committed migrations to DATABASE_URL (SQLite file by default). Safe to run on every start.
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";
import { isPostgres, loadEnv } from "./env.mjs";

export function migrate(env = process.env) {
  const url = env.DATABASE_URL || "file:./data/carrack.db";
  if (!isPostgres(url)) {
    const file = url.replace(/^file:/, "").replace(/\?.*$/, "");
    mkdirSync(dirname(file), { recursive: true });
    // WAL is a property of the database file: set once, it holds for every later connection.
    const sqlite = new Database(file);
    sqlite.pragma("journal_mode = WAL");
    sqlite.close();
  }
  execFileSync("npx", ["prisma", "migrate", "deploy"], { stdio: ["ignore", "ignore", "inherit"], env: { ...env, DATABASE_URL: url } });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  loadEnv();
  migrate();
  console.log("Migrations applied.");
}
