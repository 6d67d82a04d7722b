// Prisma CLI configuration. The JavaScript schema engine (engine: "js") needs nothing
// downloaded; the schema and migration folder follow DATABASE_URL (see lib/db/database-url.ts).
// With this file present Prisma does not read .env itself: scripts/load-env.mjs does.
import path from "node:path";
import { defineConfig } from "prisma/config";
import { databaseKind, databaseUrl, sqliteFilePath } from "./lib/db/database-url";

const url = databaseUrl();
const kind = databaseKind(url);
const folder = kind === "postgresql" ? "postgres" : "sqlite";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", folder, "schema.prisma"),
  migrations: { path: path.join("prisma", folder, "migrations") },
  async adapter() {
    if (kind === "postgresql") {
      const { PrismaPg } = await import("@prisma/adapter-pg");
      const { CatalogTextClient } = await import("./lib/db/pg-cli-pool");
      return new PrismaPg({ connectionString: url, Client: CatalogTextClient });
    }
    const { PrismaBetterSQLite3 } = await import("@prisma/adapter-better-sqlite3");
    return new PrismaBetterSQLite3({ url: sqliteFilePath(url) });
  },
});
