import "server-only";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { db, dbKind } from "@/lib/db/client";

export type Health =
  | { ok: true; database: string; migrations: { applied: number; expected: number; pending: string[]; upToDate: boolean } }
  | { ok: false; database: string; error: string };

function expectedMigrations(): string[] {
  const dir = join(process.cwd(), "prisma", dbKind === "postgresql" ? "postgres" : "sqlite", "migrations");
  try {
    return readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  } catch {
    return [];
  }
}

/** Database reachable, and which migrations are applied versus shipped with this build. */
export async function checkHealth(): Promise<Health> {
  try {
    const rows = await db.$queryRawUnsafe<{ migration_name: string }[]>(
      `SELECT "migration_name" FROM "_prisma_migrations" WHERE "finished_at" IS NOT NULL AND "rolled_back_at" IS NULL`,
    );
    const applied = new Set(rows.map((r) => r.migration_name));
    const expected = expectedMigrations();
    const pending = expected.filter((m) => !applied.has(m));
    return { ok: true, database: dbKind, migrations: { applied: applied.size, expected: expected.length, pending, upToDate: pending.length === 0 } };
  } catch (error) {
    return { ok: false, database: dbKind, error: error instanceof Error ? error.message.split("\n")[0] : "unavailable" };
  }
}
