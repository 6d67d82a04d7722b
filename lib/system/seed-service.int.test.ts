import { expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { findFaultAnalysis } from "@/lib/service/cases/find-fault-analysis";
import { actorFor } from "@/lib/testing/factories";
import { createProductRow } from "@/lib/testing/catalog-factories";
import { seedDemoCrm } from "./seed-crm";
import { seedDemo } from "./seed-demo";
import { DEMO_SERVICE_CASES, seedDemoServiceCases } from "./seed-service";

const user = async (id: string) => actorFor((await db.user.findUniqueOrThrow({ where: { id } })) as Parameters<typeof actorFor>[0]);

it("seeds about 150 demo service cases once, and the fault analysis counts exactly the seeded rows", async () => {
  expect(await seedDemo("demo password 123")).toBe(true);
  // A small catalog is enough (the demo catalog seed is slow and tested on its own).
  for (let i = 0; i < 20; i++) await createProductRow();
  await seedDemoCrm();
  const now = new Date("2026-11-30T04:00:00Z");
  expect(await seedDemoServiceCases(now)).toBe(DEMO_SERVICE_CASES);
  expect(await seedDemoServiceCases(now)).toBeNull();

  const rows = await db.serviceCase.findMany({ select: { number: true, category: true, status: true, rootCause: true, resolution: true, openedAt: true, resolvedAt: true, closedAt: true, ownerId: true, productId: true, account: { select: { ownerId: true } } } });
  expect(rows).toHaveLength(DEMO_SERVICE_CASES);
  expect(new Set(rows.map((r) => r.number)).size).toBe(DEMO_SERVICE_CASES);
  for (const r of rows) {
    expect(r.ownerId).toBe(r.account.ownerId);
    expect(r.openedAt.getTime()).toBeLessThanOrEqual(now.getTime());
    if (r.status === "resolved" || r.status === "closed") {
      expect(r.resolution).not.toBe("");
      expect(r.resolvedAt).not.toBeNull();
      if (r.category === "fault") expect(r.rootCause).not.toBe("");
    }
    expect(r.closedAt !== null).toBe(r.status === "closed");
  }
  // Spread: every category and status, several root causes and products.
  expect(new Set(rows.map((r) => r.category)).size).toBe(5);
  expect(new Set(rows.map((r) => r.status)).size).toBe(4);
  expect(new Set(rows.map((r) => r.rootCause).filter(Boolean)).size).toBeGreaterThanOrEqual(5);
  expect(new Set(rows.map((r) => r.productId).filter(Boolean)).size).toBeGreaterThanOrEqual(10);

  // The admin's analysis over the default 12 months counts exactly the seeded rows per category.
  const admin = await user("demo-admin");
  const analysis = await findFaultAnalysis({ actor: admin, filters: {}, now });
  const since = new Date(`${analysis.period.from}T00:00:00+08:00`);
  for (const { key, count } of analysis.byCategory) {
    expect(count).toBe(rows.filter((r) => r.category === key && r.openedAt >= since).length);
  }
  expect(analysis.overTime.reduce((s, m) => s + m.total, 0)).toBe(analysis.total);
  // A rep sees only the cases on their own accounts.
  const sales = await user("demo-sales");
  const mine = await findFaultAnalysis({ actor: sales, filters: {}, now });
  expect(mine.total).toBe(rows.filter((r) => r.ownerId === "demo-sales" && r.openedAt >= since).length);
  expect(mine.total).toBeLessThan(analysis.total);
});
