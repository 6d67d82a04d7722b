import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Two projects (`npx vitest run --project unit|integration`):
// - unit: pure logic beside its source (lib/**/x.test.ts, components/**), no database.
// - integration: lib/**/x.int.test.ts against a REAL database. lib/testing/global-setup.ts
//   migrates one template per run; lib/testing/setup-db.ts gives every test file its own copy
//   (SQLite file copy, or PostgreSQL `CREATE DATABASE … TEMPLATE` when TEST_DATABASE_URL_PG is
//   set) and points DATABASE_URL at it before the file imports `@/lib/db/client`.
const root = fileURLToPath(new URL(".", import.meta.url));

const resolve = {
  alias: [
    // tsconfig "paths": "@/*" → "./*"
    { find: /^@\//, replacement: `${root}/` },
    // `server-only` throws outside React Server Components; under test every module is "server".
    { find: /^server-only$/, replacement: `${root}/lib/testing/empty.ts` },
  ],
};

export default defineConfig({
  resolve,
  test: {
    projects: [
      {
        resolve,
        test: {
          name: "unit",
          environment: "node",
          include: ["lib/**/*.test.ts", "components/**/*.test.ts", "components/**/*.test.tsx"],
          exclude: ["**/*.int.test.ts", "**/node_modules/**", "lib/db/generated/**"],
        },
      },
      {
        resolve,
        test: {
          name: "integration",
          environment: "node",
          include: ["lib/**/*.int.test.ts"],
          exclude: ["**/node_modules/**", "lib/db/generated/**"],
          globalSetup: ["lib/testing/global-setup.ts"],
          setupFiles: ["lib/testing/setup-db.ts"],
          // Argon2 hashing, migrations and PostgreSQL database copies are slower than pure code.
          testTimeout: 30_000,
          hookTimeout: 60_000,
          env: { CARRACK_LOGIN_MAX_ATTEMPTS: process.env.CARRACK_LOGIN_MAX_ATTEMPTS ?? "5", LOG_LEVEL: process.env.LOG_LEVEL ?? "silent" },
        },
      },
    ],
  },
});
