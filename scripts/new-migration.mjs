// Adds a migration for both databases after prisma/schema.base.prisma changed:
//   npm run db:new-migration -- add_quotes
// It diffs each provider's last applied schema (prisma/<kind>/applied.prisma) against the new one
// with `prisma migrate diff` (no database needed, which sidesteps the JS engine's shadow-database
// bugs listed in STACK.md; the PostgreSQL diff still connects, to a local server), writes migration.sql, then records the new applied schema.
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";

const name = (process.argv[2] ?? "").replace(/[^a-z0-9_]/gi, "_").toLowerCase();
if (!name) {
  console.error("usage: npm run db:new-migration -- <name>");
  process.exit(1);
}
execFileSync("node", ["scripts/prisma-schemas.mjs"], { stdio: "inherit" });
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);

for (const [kind, provider] of [["sqlite", "sqlite"], ["postgres", "postgresql"]]) {
  const dir = join("prisma", kind);
  const applied = join(dir, "applied.prisma");
  const from = existsSync(applied) ? ["--from-schema-datamodel", applied] : ["--from-empty"];
  const sql = execFileSync(
    "npx",
    ["prisma", "migrate", "diff", ...from, "--to-schema-datamodel", join(dir, "schema.prisma"), "--script"],
    { encoding: "utf8", env: { ...process.env, DATABASE_URL: kind === "postgres" ? (process.env.TEST_DATABASE_URL_PG || "postgresql://postgres@127.0.0.1:5432/postgres") : `file:${join(tmpdir(), "carrack-diff.db")}` } },
  );
  if (!/\b(CREATE|ALTER|DROP|INSERT|UPDATE)\b/i.test(sql)) {
    console.log(`${kind}: no changes`);
    continue;
  }
  const migrations = join(dir, "migrations");
  mkdirSync(join(migrations, `${stamp}_${name}`), { recursive: true });
  writeFileSync(join(migrations, "migration_lock.toml"), `provider = "${provider}"\n`);
  writeFileSync(join(migrations, `${stamp}_${name}`, "migration.sql"), sql);
  copyFileSync(join(dir, "schema.prisma"), applied);
  console.log(`${kind}: wrote ${join(migrations, `${stamp}_${name}`, "migration.sql")}`);
}
