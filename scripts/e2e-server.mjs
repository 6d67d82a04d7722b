// Web server for the Playwright suite: a fresh database (SQLite file under data/, or the
// PostgreSQL database named by E2E_DATABASE_URL), migrated and seeded, then a production build
// in its own output folder so it never disturbs a running `npm start`.
import { execFileSync, spawn } from "node:child_process";
import { rmSync } from "node:fs";
import { loadEnv } from "./env.mjs";
import { migrate } from "./db-migrate.mjs";

loadEnv();
const port = process.env.E2E_PORT ?? "3300";
const url = process.env.E2E_DATABASE_URL || "file:./data/e2e.db";
if (url.startsWith("file:")) {
  for (const suffix of ["", "-wal", "-shm"]) rmSync(url.slice(5) + suffix, { force: true });
}
const env = {
  ...process.env,
  DATABASE_URL: url,
  NEXT_DIST_DIR: ".next-e2e",
  NEXTAUTH_URL: `http://localhost:${port}`,
  CARRACK_DEMO: "1",
  CARRACK_DEMO_PASSWORD: "carrack-demo",
  // Specs make their own documents: no year of sales history (minutes of seeding per run).
  CARRACK_DEMO_HISTORY: "0",
  CARRACK_DATA_DIR: "data/e2e",
  // A small window keeps the rate-limit test fast; the limit itself is the production default.
  CARRACK_LOGIN_WINDOW_SECONDS: "120",
  // As behind a proxy: the rate-limit specs give each attempt its own X-Forwarded-For address.
  CARRACK_TRUST_PROXY: "1",
};
await migrate(env);
execFileSync("npx", ["tsx", "--conditions=react-server", "scripts/db-prepare.ts"], { stdio: "inherit", env });
if (!process.env.E2E_SKIP_BUILD) execFileSync("npx", ["next", "build"], { stdio: "inherit", env });
const child = spawn("npx", ["next", "start", "-p", port], { stdio: "inherit", env });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => process.exit(code ?? 0));
