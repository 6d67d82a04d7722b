// `npm run bench`: migrates the benchmark database (a fresh SQLite file unless DATABASE_URL is
// set), then runs scripts/bench.ts against it.
import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import { loadEnv } from "./env.mjs";
import { migrate } from "./db-migrate.mjs";

loadEnv();
const url = process.env.BENCH_DATABASE_URL || "file:./data/bench.db";
if (url.startsWith("file:") && !process.env.BENCH_KEEP) for (const s of ["", "-wal", "-shm"]) rmSync(url.slice(5) + s, { force: true });
const env = { ...process.env, DATABASE_URL: url, LOG_LEVEL: "warn" };
await migrate(env);
execFileSync("npx", ["tsx", "--conditions=react-server", "scripts/bench.ts"], { stdio: "inherit", env });
