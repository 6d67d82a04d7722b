// `npm start`: migrate, seed on first run, build when the sources changed, serve.
// `--dev` runs `next dev` instead of building.
import { execFileSync, spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadEnv } from "./env.mjs";
import { migrate } from "./db-migrate.mjs";

loadEnv();
const dev = process.argv.includes("--dev");
const port = process.env.PORT || "3000";
process.env.NEXTAUTH_URL ||= `http://localhost:${port}`;

const t0 = Date.now();
await migrate();
// Its report (the demo sign-ins) is printed again after the build, where it will be seen.
const prepared = execFileSync("npx", ["tsx", "--conditions=react-server", "scripts/db-prepare.ts"], { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
process.stdout.write(prepared);

// A fingerprint of everything the build reads, so a restart skips the ~1 min build when nothing changed.
function fingerprint() {
  const hash = createHash("sha256");
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else hash.update(`${path}:${statSync(path).size}:${statSync(path).mtimeMs}\n`);
    }
  };
  for (const dir of ["app", "components", "lib"]) if (existsSync(dir)) walk(dir);
  for (const file of ["next.config.js", "package-lock.json", "proxy.ts", "instrumentation.ts", "tsconfig.json", "postcss.config.mjs"]) {
    if (existsSync(file)) hash.update(`${file}:${readFileSync(file)}`);
  }
  return hash.digest("hex");
}

if (!dev) {
  const stamp = join(".next", "carrack-fingerprint");
  const current = fingerprint();
  if (!existsSync(join(".next", "BUILD_ID")) || !existsSync(stamp) || readFileSync(stamp, "utf8") !== current) {
    console.log("Building Carrack (first start or changed sources)…");
    execFileSync("npx", ["next", "build"], { stdio: "inherit" });
    writeFileSync(stamp, current);
  }
}

if (!dev) process.stdout.write(`\n${prepared}`);
console.log(`Ready steps took ${((Date.now() - t0) / 1000).toFixed(1)} s. Serving http://localhost:${port}`);
const child = spawn("npx", ["next", dev ? "dev" : "start", "-p", port], { stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => process.exit(code ?? 0));
