// Integration project, before every test file: a fresh copy of the migrated template database,
// then DATABASE_URL pointing at it — before the test file imports `@/lib/db/client`, which reads
// the URL once at import. Each file thus starts from an empty, migrated database of its own and
// files can run in parallel. Tests just `import { db } from "@/lib/db/client"` and `transact`.
import { randomBytes } from "node:crypto";
import { copyFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, inject } from "vitest";
import { createDatabase, dropDatabase, pgUrlFor, withAdmin } from "./test-db";

const info = inject("testDb");
const worker = process.env.VITEST_POOL_ID ?? "0";
const suffix = `w${worker}_${randomBytes(3).toString("hex")}`;

let cleanup: () => Promise<void>;
if (info.kind === "sqlite") {
  const file = join(info.dir, `${suffix}.db`);
  copyFileSync(info.templateFile, file);
  process.env.DATABASE_URL = `file:${file}`;
  cleanup = async () => {
    for (const ext of ["", "-wal", "-shm"]) rmSync(file + ext, { force: true });
  };
} else {
  const name = `${info.template}_${suffix}`;
  await withAdmin(info.adminUrl, (client) => createDatabase(client, name, info.template));
  process.env.DATABASE_URL = pgUrlFor(info.adminUrl, name);
  cleanup = () => withAdmin(info.adminUrl, (client) => dropDatabase(client, name));
}

const { db, dbReady } = await import("@/lib/db/client");
await dbReady();

afterAll(async () => {
  await db.$disconnect();
  await cleanup();
});
