// `npm test`: every check, in order, each timed; keeps going after a failure so the total is
// honest, and ends with ONE line `N passed, N failed, N skipped` (what CI reads). Exit 1 on any failure.
//
//   typecheck   next typegen + tsc --noEmit                      (counts as one test)
//   lint        eslint --max-warnings=0 .                          (counts as one test)
//   unit        vitest --project unit
//   int:sqlite  vitest --project integration on SQLite
//   int:pg      the same on PostgreSQL, when TEST_DATABASE_URL_PG is set or a server answers
//               on 127.0.0.1:5432 (then postgresql://postgres@127.0.0.1:5432/postgres is the admin URL)
//   e2e         Playwright on SQLite (production build)
//   e2e:pg      Playwright again on PostgreSQL, reusing the build (E2E_PG=0 skips it)
//
// Only some steps: `npm test -- unit int:sqlite` (names as above).
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

const started = Date.now();
const out = mkdtempSync(join(tmpdir(), "carrack-test-all-"));
const wanted = process.argv.slice(2);
const baseEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", VITE_CONFIG_NATIVE_IGNORE_WARNING: "true", FORCE_COLOR: process.env.FORCE_COLOR ?? "1" };
const results = [];

function run(cmd, args, env = baseEnv) {
  const r = spawnSync(cmd, args, { stdio: "inherit", env });
  return r.status ?? 1;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}

async function step(name, fn) {
  if (wanted.length && !wanted.includes(name)) return;
  console.log(`\n━━━ ${name} ━━━`);
  const t0 = Date.now();
  let counts;
  try {
    counts = await fn();
  } catch (error) {
    console.error(error);
    counts = { passed: 0, failed: 1, skipped: 0 };
  }
  const seconds = (Date.now() - t0) / 1000;
  results.push({ name, seconds, ...counts });
  console.log(`━━━ ${name}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped in ${seconds.toFixed(1)} s`);
}

/** A command that is one test: it passes or it does not. */
const single = (code) => ({ passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1, skipped: 0 });

function vitest(project, label, env) {
  const file = join(out, `${label}.json`);
  const code = run("npx", ["vitest", "run", "--project", project, "--reporter=default", "--reporter=json", `--outputFile.json=${file}`], env);
  const report = readJson(file);
  if (!report) return { passed: 0, failed: 1, skipped: 0 };
  // A file that fails to load has no tests to count: count it as one failure.
  const brokenFiles = (report.testResults ?? []).filter((f) => f.status === "failed" && !(f.assertionResults ?? []).length).length;
  let failed = report.numFailedTests + brokenFiles;
  if (code !== 0 && failed === 0) failed = 1;
  return { passed: report.numPassedTests, failed, skipped: report.numPendingTests + report.numTodoTests };
}

function playwright(label, extraEnv) {
  const file = join(out, `${label}.json`);
  const code = run("npx", ["playwright", "test"], { ...baseEnv, ...extraEnv, PLAYWRIGHT_JSON_OUTPUT_NAME: file });
  const report = readJson(file);
  const stats = report?.stats ?? { expected: 0, flaky: 0, unexpected: 0, skipped: 0 };
  if (stats.flaky) console.log(`${label}: ${stats.flaky} test(s) passed only on retry (flaky)`);
  let failed = stats.unexpected;
  if (code !== 0 && failed === 0) failed = 1; // the server did not start, or an error outside tests
  return { passed: stats.expected + stats.flaky, failed, skipped: stats.skipped };
}

function portAnswers(host, port) {
  return new Promise((resolve) => {
    const socket = connect({ host, port, timeout: 1000 });
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
    socket.once("timeout", () => (socket.destroy(), resolve(false)));
  });
}

async function pgAdminUrl() {
  if (process.env.TEST_DATABASE_URL_PG) return process.env.TEST_DATABASE_URL_PG;
  return (await portAnswers("127.0.0.1", 5432)) ? "postgresql://postgres@127.0.0.1:5432/postgres" : null;
}

/** Runs `work(url)` on a throwaway PostgreSQL database, dropped afterwards. */
async function withPgDatabase(adminUrl, name, work) {
  const { default: pg } = await import("pg");
  const admin = async (sql) => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin(`CREATE DATABASE "${name}"`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  try {
    return await work(url.toString());
  } finally {
    await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).catch((e) => console.error(`could not drop ${name}: ${e.message}`));
  }
}

const sqliteEnv = { ...baseEnv };
delete sqliteEnv.TEST_DATABASE_URL_PG;
const pgUrl = await pgAdminUrl();
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

await step("typecheck", () => {
  // Route types (what `next build` checks) into the e2e build folder tsconfig already includes;
  // this also writes next-env.d.ts, which a fresh clone lacks.
  const typegen = run("npx", ["next", "typegen"], { ...baseEnv, NEXT_DIST_DIR: ".next-e2e" });
  return single(typegen === 0 ? run("npx", ["tsc", "--noEmit"]) : typegen);
});
await step("lint", () => single(run("npx", ["eslint", "--max-warnings=0", "."])));
await step("unit", () => vitest("unit", "unit", sqliteEnv));
await step("int:sqlite", () => vitest("integration", "int-sqlite", sqliteEnv));
if (pgUrl) await step("int:pg", () => vitest("integration", "int-pg", { ...baseEnv, TEST_DATABASE_URL_PG: pgUrl }));
else console.log("\nint:pg skipped: no TEST_DATABASE_URL_PG and nothing answers on 127.0.0.1:5432");

// The build the SQLite leg made serves PostgreSQL too (both clients are in it): built once.
let built = false;
await step("e2e", () => {
  if (!existsSync(chromium)) throw new Error(`no Chromium at ${chromium} (apt-get install chromium, or set CHROMIUM_PATH)`);
  const counts = playwright("e2e", { E2E_DATABASE_URL: "" });
  built = existsSync(".next-e2e/BUILD_ID");
  return counts;
});
if (pgUrl && process.env.E2E_PG !== "0") {
  await step("e2e:pg", () => {
    if (!existsSync(chromium)) throw new Error(`no Chromium at ${chromium}`);
    const skipBuild = built ? { E2E_SKIP_BUILD: "1" } : {};
    return withPgDatabase(pgUrl, `carrack_e2e_${process.pid}`, (url) => playwright("e2e-pg", { E2E_DATABASE_URL: url, ...skipBuild }));
  });
}

rmSync(out, { recursive: true, force: true });
const total = results.reduce((a, r) => ({ passed: a.passed + r.passed, failed: a.failed + r.failed, skipped: a.skipped + r.skipped }), { passed: 0, failed: 0, skipped: 0 });
console.log("\nstep          passed  failed  skipped  seconds");
for (const r of results) {
  console.log(`${r.name.padEnd(12)}  ${String(r.passed).padStart(6)}  ${String(r.failed).padStart(6)}  ${String(r.skipped).padStart(7)}  ${r.seconds.toFixed(1).padStart(7)}`);
}
console.log(`total time ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(total.failed > 0 ? 1 : 0);
