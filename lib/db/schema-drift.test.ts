import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// prisma/schema.base.prisma is the one hand-edited schema. These checks fail when someone edits
// it but forgets `npm run prisma:schemas` (stale provider schemas) or `npm run db:new-migration`
// (a schema no migration creates: the app would query columns the database lacks).
const root = join(__dirname, "..", "..");

describe("Prisma schemas and migrations", () => {
  it("the provider schemas are generated from schema.base.prisma", () => {
    const run = () => execFileSync("node", ["scripts/prisma-schemas.mjs", "--check"], { cwd: root, encoding: "utf8", stdio: "pipe" });
    expect(run).not.toThrow();
  });

  for (const [kind, provider] of [["sqlite", "sqlite"], ["postgres", "postgresql"]] as const) {
    it(`${kind}: a migration exists for the current schema (applied.prisma = schema.prisma)`, () => {
      const dir = join(root, "prisma", kind);
      const applied = readFileSync(join(dir, "applied.prisma"), "utf8");
      const current = readFileSync(join(dir, "schema.prisma"), "utf8");
      expect(applied === current, `prisma/${kind}/applied.prisma differs from schema.prisma: run npm run db:new-migration -- <name>`).toBe(true);
    });

    it(`${kind}: every migration folder holds a migration.sql, and the lock names ${provider}`, () => {
      const migrations = join(root, "prisma", kind, "migrations");
      expect(readFileSync(join(migrations, "migration_lock.toml"), "utf8")).toContain(`provider = "${provider}"`);
      const folders = readdirSync(migrations, { withFileTypes: true }).filter((e) => e.isDirectory());
      expect(folders.length).toBeGreaterThan(0);
      for (const f of folders) {
        expect(f.name, "folder names start with a 14-digit timestamp").toMatch(/^\d{14}_[a-z0-9_]+$/);
        expect(existsSync(join(migrations, f.name, "migration.sql")), f.name).toBe(true);
      }
    });
  }
});
