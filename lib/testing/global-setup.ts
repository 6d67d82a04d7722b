// Integration project, once per run: migrate a template database and tell the workers where it is
// (lib/testing/setup-db.ts makes each test file's copy). Returns the teardown that removes it all.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { migrate } from "../../scripts/db-migrate.mjs";
import { PG_PREFIX, createDatabase, dropDatabase, listDatabases, newRunName, pgUrlFor, stampOf, withAdmin } from "./test-db";

// Databases of runs that died without teardown are dropped once they are this old.
const STALE_MS = 6 * 3600 * 1000;

export default async function setup(project: TestProject) {
  const adminUrl = process.env.TEST_DATABASE_URL_PG?.trim();
  const env = { ...process.env };
  delete env.TEST_DATABASE_URL_PG;

  if (!adminUrl) {
    const dir = mkdtempSync(join(tmpdir(), "carrack-test-"));
    const templateFile = join(dir, "template.db");
    migrate({ ...env, DATABASE_URL: `file:${templateFile}` });
    project.provide("testDb", { kind: "sqlite", dir, templateFile });
    return () => rmSync(dir, { recursive: true, force: true });
  }

  const template = newRunName();
  await withAdmin(adminUrl, async (client) => {
    for (const name of await listDatabases(client, PG_PREFIX)) {
      const born = stampOf(name);
      if (born && Date.now() - born.getTime() > STALE_MS) await dropDatabase(client, name);
    }
    await createDatabase(client, template);
  });
  migrate({ ...env, DATABASE_URL: pgUrlFor(adminUrl, template) });
  project.provide("testDb", { kind: "postgresql", adminUrl, template });
  return async () => {
    await withAdmin(adminUrl, async (client) => {
      for (const name of await listDatabases(client, template)) await dropDatabase(client, name);
    });
  };
}
