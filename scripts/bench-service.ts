// The service case list and the fault analysis at real sizes (part of `npm run bench`):
// BENCH_CASES cases over the last 12 months on 200 accounts of 20 reps, then the list page, its
// CSV export and the analysis timed through the same service calls the pages make, for an admin
// (all cases) and for one rep (their scope: own cases or cases on their accounts).
import { performance } from "node:perf_hooks";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { CASE_CATEGORIES, CASE_SEVERITIES, ROOT_CAUSES } from "@/lib/domain/service-case";
import { findFaultAnalysis } from "@/lib/service/cases/find-fault-analysis";
import { findServiceCases, findServiceCasesBatch } from "@/lib/service/cases/find-service-cases";
import { SERVICE_CASES_TABLE } from "@/lib/service/cases/service-cases-table";
import { keysetBatches } from "@/lib/table/csv-response";
import { parseTableParams } from "@/lib/table/params";

const CASES = Number(process.env.BENCH_CASES ?? 50_000);
const DAY = 86_400_000;
const STATUSES = ["open", "in_progress", "resolved", "closed", "closed", "closed"] as const;

async function fill(now: Date): Promise<string[]> {
  const reps = await db.user.findMany({ where: { email: { startsWith: "bench-user-" }, role: "sales" }, select: { id: true, teamId: true }, orderBy: { email: "asc" }, take: 20 });
  if ((await db.serviceCase.count()) >= CASES) return reps.map((r) => r.id);
  const t0 = performance.now();
  const accounts: { id: string; ownerId: string; teamId: string | null }[] = [];
  for (let i = 0; i < 200; i++) {
    const owner = reps[i % reps.length];
    accounts.push(await db.account.upsert({ where: { code: `BENCH-SC-${i}` }, create: { code: `BENCH-SC-${i}`, name: `服务客户 ${i}`, ownerId: owner.id, teamId: owner.teamId }, update: {}, select: { id: true, ownerId: true, teamId: true } }));
  }
  const products = await db.product.findMany({ where: { kind: { not: "group" } }, select: { id: true }, take: 500, orderBy: { sku: "asc" } });
  for (let start = await db.serviceCase.count(); start < CASES; start += 2000) {
    await db.serviceCase.createMany({
      data: Array.from({ length: Math.min(2000, CASES - start) }, (_, k) => {
        const i = start + k;
        const account = accounts[i % accounts.length];
        const category = CASE_CATEGORIES[i % CASE_CATEGORIES.length];
        const status = STATUSES[i % STATUSES.length];
        const openedAt = new Date(now.getTime() - ((i * 7919) % 365) * DAY);
        const finished = status === "resolved" || status === "closed";
        return {
          number: `CS-BENCH-${String(i).padStart(7, "0")}`,
          accountId: account.id,
          productId: products.length && i % 5 ? products[(i * 31) % products.length].id : null,
          productText: i % 5 ? "" : `Model ${i % 50}`,
          category,
          severity: CASE_SEVERITIES[i % CASE_SEVERITIES.length],
          status,
          subject: `故障 ${i} Bench case ${i}`,
          rootCause: category === "fault" && finished ? ROOT_CAUSES[i % ROOT_CAUSES.length] : "",
          resolution: finished ? "Fixed" : "",
          satisfaction: finished ? 1 + (i % 5) : null,
          followUpDate: finished && i % 7 === 0 ? new Date(openedAt.getTime() + 30 * DAY).toISOString().slice(0, 10) : "",
          ownerId: account.ownerId,
          teamId: account.teamId,
          openedAt,
          resolvedAt: finished ? new Date(openedAt.getTime() + 3 * DAY) : null,
          closedAt: status === "closed" ? new Date(openedAt.getTime() + 5 * DAY) : null,
        };
      }),
    });
  }
  console.log(`filled ${CASES} service cases in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return reps.map((r) => r.id);
}

export async function benchService(median: (label: string, run: () => Promise<unknown>) => Promise<void>) {
  const now = new Date();
  const reps = await fill(now);
  if (reps.length === 0) return;
  const admin: Actor = { id: "bench", email: "bench@example.com", name: "Bench", role: "admin", teamId: null, locale: "en" };
  const rep = await db.user.findUniqueOrThrow({ where: { id: reps[0] }, select: { id: true, email: true, name: true, teamId: true } });
  const sales: Actor = { ...rep, role: "sales", locale: "en" };
  const cases = (q: string) => parseTableParams(SERVICE_CASES_TABLE, new URLSearchParams(q));
  await median(`service cases: first page (${CASES} cases, admin)`, () => findServiceCases({ actor: admin, params: cases("") }));
  await median("service cases: first page (one rep's scope)", () => findServiceCases({ actor: sales, params: cases("") }));
  await median("service cases: status=open, category=fault", () => findServiceCases({ actor: admin, params: cases("status=open&category=fault") }));
  await median("service cases: follow-ups due (rep)", () => findServiceCases({ actor: sales, params: cases("followUp=due") }));
  await median("service cases: search 'Bench case 4242'", () => findServiceCases({ actor: admin, params: cases("q=Bench%20case%204242") }));
  await median("fault analysis: 12 months, admin", () => findFaultAnalysis({ actor: admin, filters: {}, now }));
  await median("fault analysis: 12 months, one rep", () => findFaultAnalysis({ actor: sales, filters: {}, now }));
  await median("fault analysis: faults only, admin", () => findFaultAnalysis({ actor: admin, filters: { category: "fault" }, now }));
  const t0 = performance.now();
  let rows = 0;
  for await (const batch of keysetBatches(({ cursor, take }) => findServiceCasesBatch({ actor: admin, params: cases(""), cursor, take }))) rows += batch.length;
  console.log(`${"service cases: CSV export batches, all rows".padEnd(44)} ${(performance.now() - t0).toFixed(1).padStart(8)} ms (${rows} rows)`);
}
