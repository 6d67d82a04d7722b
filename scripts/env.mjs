// Shared by the start and test scripts: .env loading and the database settings.
import { existsSync, mkdirSync } from "node:fs";

export function loadEnv() {
  // Prisma does not read .env when prisma.config.ts exists; Node's own loader does it here.
  if (existsSync(".env")) process.loadEnvFile(".env");
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  mkdirSync("data", { recursive: true });
}

export function isPostgres(url = process.env.DATABASE_URL ?? "") {
  return /^postgres(ql)?:\/\//i.test(url);
}
