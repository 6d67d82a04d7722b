// Database plumbing shared by the integration project's global setup and per-file setup.
// SQLite: a migrated template file, copied per test file. PostgreSQL: a migrated throwaway
// database per run, cloned per test file with CREATE DATABASE … TEMPLATE, all dropped at the end.
import pg from "pg";

export type TestDbInfo =
  | { kind: "sqlite"; dir: string; templateFile: string }
  | { kind: "postgresql"; adminUrl: string; template: string };

declare module "vitest" {
  export interface ProvidedContext {
    testDb: TestDbInfo;
  }
}

export const PG_PREFIX = "carrack_test_";

/** The admin URL with its database swapped for `name`. */
export function pgUrlFor(adminUrl: string, name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Runs `work` on a short-lived connection to the admin database. */
export async function withAdmin<T>(adminUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const quote = (name: string) => {
  // Names are built by this harness only; the check keeps a typo from becoming SQL.
  if (!/^[a-z0-9_]{1,63}$/.test(name)) throw new Error(`bad database name ${name}`);
  return `"${name}"`;
};

export async function createDatabase(client: pg.Client, name: string, template?: string): Promise<void> {
  const sql = `CREATE DATABASE ${quote(name)}${template ? ` TEMPLATE ${quote(template)}` : ""}`;
  // Cloning fails while any session is still connected to the template (for instance the
  // migration's, which may take a moment to close): wait and try again.
  for (let attempt = 1; ; attempt++) {
    try {
      await client.query(sql);
      return;
    } catch (error) {
      const busy = /being accessed by other users/i.test(String((error as Error).message));
      if (!busy || attempt >= 20) throw error;
      await new Promise((r) => setTimeout(r, 100 * attempt));
    }
  }
}

export async function dropDatabase(client: pg.Client, name: string): Promise<void> {
  // FORCE ends sessions a crashed or slow worker left behind (PostgreSQL 13+).
  await client.query(`DROP DATABASE IF EXISTS ${quote(name)} WITH (FORCE)`);
}

export async function listDatabases(client: pg.Client, prefix: string): Promise<string[]> {
  const { rows } = await client.query<{ datname: string }>("SELECT datname FROM pg_database WHERE starts_with(datname, $1)", [prefix]);
  return rows.map((r) => r.datname);
}

/** carrack_test_20260130120000_ab12 → its creation time, or null for foreign names. */
export function stampOf(name: string): Date | null {
  const m = /^carrack_test_(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})_/.exec(name);
  if (!m) return null;
  return new Date(Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]));
}

export function newRunName(now = new Date()): string {
  const stamp = now.toISOString().replace(/\D/g, "").slice(0, 14);
  return `${PG_PREFIX}${stamp}_${Math.random().toString(36).slice(2, 6)}`;
}
