// postinstall: write both provider schemas and generate both Prisma clients, so one build
// serves SQLite and PostgreSQL. Prisma's own install scripts are denied (they download engines).
import { execFileSync } from "node:child_process";

const run = (args) => execFileSync("npx", ["prisma", ...args], { stdio: "inherit" });
execFileSync("node", ["scripts/prisma-schemas.mjs"], { stdio: "inherit" });
for (const kind of ["sqlite", "postgres"]) {
  run(["generate", "--no-hints", "--schema", `prisma/${kind}/schema.prisma`]);
}
