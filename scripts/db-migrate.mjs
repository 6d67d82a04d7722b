// Applies committed migrations to DATABASE_URL (SQLite file by default). Safe to run on every start.
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { isPostgres, loadEnv } from "./env.mjs";

/** Creates the PostgreSQL database named in `url` when it does not exist yet (needs CREATEDB). */
export async function ensurePostgresDatabase(url) {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (!rowCount) await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}

export async function migrate(env = process.env) {
  const url = env.DATABASE_URL || "file:./data/carrack.db";
  if (isPostgres(url)) {
    await ensurePostgresDatabase(url);
  } else {
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
  await migrate();
  console.log("Migrations applied.");
}
