// Benchmark of the list pages at real sizes: `npm run bench` (SQLite, a throwaway file) or
// `BENCH_DATABASE_URL=postgresql://…/carrack_bench npm run bench` (created if missing).
// Fills BENCH_USERS users and BENCH_AUDIT audit entries, then times the exact service calls the
// pages make (one count + one page query) and a full streamed CSV export. Prints medians.
import { performance } from "node:perf_hooks";
import { db, dbKind, dbReady } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { findUsers, findUsersBatch } from "@/lib/settings/users/find-users";
import { USERS_TABLE } from "@/lib/settings/users/users-table";
import { AUDIT_TABLE, findAuditEntries } from "@/lib/audit/find-audit-entries";
import { parseTableParams } from "@/lib/table/params";
import { keysetBatches } from "@/lib/table/csv-response";
import { benchCatalog } from "./bench-catalog";
import { benchService } from "./bench-service";

const USERS = Number(process.env.BENCH_USERS ?? 20_000);
const AUDIT = Number(process.env.BENCH_AUDIT ?? 200_000);
const RUNS = 7;
const ROLES = ["sales", "manager", "finance", "warehouse"] as const;

async function fill() {
  const have = await db.user.count();
  if (have >= USERS) return;
  const teams = await Promise.all(Array.from({ length: 20 }, (_, i) => db.team.create({ data: { name: `Bench team ${i}` } })));
  const t0 = performance.now();
  for (let start = have; start < USERS; start += 1000) {
    await db.user.createMany({
      data: Array.from({ length: Math.min(1000, USERS - start) }, (_, k) => {
        const i = start + k;
        return {
          email: `bench-user-${i}@example.com`,
          name: `用户 ${i} Bench User ${i}`,
          passwordHash: "x",
          role: ROLES[i % ROLES.length],
          teamId: teams[i % teams.length].id,
          active: i % 10 !== 0,
          lastLoginAt: i % 3 ? new Date(Date.UTC(2026, 0, 1) + i * 60_000) : null,
        };
      }),
    });
  }
  for (let start = 0; start < AUDIT; start += 2000) {
    await db.auditEntry.createMany({
      data: Array.from({ length: Math.min(2000, AUDIT - start) }, (_, k) => {
        const i = start + k;
        return {
          at: new Date(Date.UTC(2026, 0, 1) + i * 30_000),
          actorEmail: `bench-user-${i % 500}@example.com`,
          action: ["create", "update", "delete", "signIn"][i % 4],
          entityType: ["User", "Team", "Company", "NumberingRule"][i % 4],
          entityId: `entity-${i % 5000}`,
          after: JSON.stringify({ n: i }),
        };
      }),
    });
  }
  console.log(`filled ${USERS} users and ${AUDIT} audit entries in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

async function median(label: string, run: () => Promise<unknown>) {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await run();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  console.log(`${label.padEnd(44)} ${times[Math.floor(RUNS / 2)].toFixed(1).padStart(8)} ms`);
}

async function main() {
  await dbReady();
  await fill();
  const actor: Actor = { id: "bench", email: "bench@example.com", name: "Bench", role: "admin", teamId: null, locale: "en" };
  const users = (q: string) => parseTableParams(USERS_TABLE, new URLSearchParams(q));
  const audit = (q: string) => parseTableParams(AUDIT_TABLE, new URLSearchParams(q));
  console.log(`\n${dbKind}: median of ${RUNS} runs, each = the page's count + page query`);
  await median("users: first page (sort by name)", () => findUsers({ actor, params: users("") }));
  await median("users: page 500 of 20-row pages", () => findUsers({ actor, params: users("page=500") }));
  await median("users: role=sales, status=active", () => findUsers({ actor, params: users("role=sales&status=active") }));
  await median("users: search 'User 1234'", () => findUsers({ actor, params: users("q=User%201234") }));
  await median("users: sort by last sign-in desc, 100 rows", () => findUsers({ actor, params: users("sort=lastLoginAt&dir=desc&size=100") }));
  await median("audit: first page (newest first)", () => findAuditEntries({ actor, params: audit("") }));
  await median("audit: page 2000", () => findAuditEntries({ actor, params: audit("page=2000") }));
  await median("audit: entityType=Team", () => findAuditEntries({ actor, params: audit("entityType=Team") }));
  const rss0 = process.memoryUsage().rss;
  const t0 = performance.now();
  let rows = 0;
  for await (const batch of keysetBatches(({ cursor, take }) => findUsersBatch({ actor, params: users(""), cursor, take }))) rows += batch.length;
  console.log(`${"users: CSV export batches, all rows".padEnd(44)} ${(performance.now() - t0).toFixed(1).padStart(8)} ms (${rows} rows, RSS +${((process.memoryUsage().rss - rss0) / 1e6).toFixed(0)} MB)`);
  await benchCatalog(median);
  await benchService(median);
  await db.$disconnect();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
