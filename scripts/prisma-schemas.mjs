// Writes the SQLite and PostgreSQL schemas from prisma/schema.base.prisma.
// One schema cannot serve two providers (see STACK.md), so each gets its own file,
// migration folder and generated client. `--check` exits 1 when the files are stale.
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const base = readFileSync(join(root, "prisma/schema.base.prisma"), "utf8");

const targets = {
  sqlite: { provider: "sqlite", url: "file:./placeholder.db" },
  postgres: { provider: "postgresql", url: "postgresql://placeholder@localhost/placeholder" },
};

export function render(kind) {
  const { provider, url } = targets[kind];
  const header = [
    `generator client {`,
    `  provider     = "prisma-client"`,
    `  output       = "../../lib/db/generated/${kind}"`,
    `  engineType   = "client"`,
    `  moduleFormat = "esm"`,
    `}`,
    ``,
    `// The CLI needs a literal url to read the schema offline; the real one comes from prisma.config.ts.`,
    `datasource db {`,
    `  provider = "${provider}"`,
    `  url      = "${url}"`,
    `}`,
  ].join("\n");
  const body = base
    .replace(/^\/\/ Carrack's one hand-edited schema[\s\S]*?never edit those\.\n\/\/ Lines ending in .*\n/m, "")
    .replace("// @@GENERATOR@@", header)
    .split("\n")
    .map((line) => {
      const m = line.match(/^(.*?)\s*\/\/ pg: (@db\.\S+)\s*$/);
      if (!m) return line;
      return kind === "postgres" ? `${m[1]} ${m[2]}` : m[1];
    })
    .join("\n");
  return `// GENERATED from prisma/schema.base.prisma by scripts/prisma-schemas.mjs. Do not edit.\n${body}`;
}

const check = process.argv.includes("--check");
let stale = false;
for (const kind of Object.keys(targets)) {
  const file = join(root, "prisma", kind, "schema.prisma");
  const next = render(kind);
  let current = "";
  try {
    current = readFileSync(file, "utf8");
  } catch {}
  if (current === next) continue;
  if (check) {
    console.error(`${file} is stale: run npm run prisma:schemas`);
    stale = true;
  } else {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, next);
    console.log(`wrote prisma/${kind}/schema.prisma`);
  }
}
process.exit(stale ? 1 : 0);
