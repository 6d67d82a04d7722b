import { expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { ensureStages } from "@/lib/crm/pipeline/ensure-stages";
import { transact } from "@/lib/db/transact";
import { seedDemoCrm } from "./seed-crm";
import { seedDemoOpportunities } from "./seed-crm-opportunities";
import { seedDemo } from "./seed-demo";

it("seeds demo opportunities once, owned like their accounts, with a stage history ending in the current stage", async () => {
  expect(await seedDemo("demo password 123")).toBe(true);
  await transact((tx) => ensureStages(tx));
  await transact((tx) => ensureStages(tx));
  expect(await db.pipelineStage.count()).toBe(6);
  await seedDemoCrm();
  const now = new Date("2026-11-30T00:00:00Z");
  const count = await seedDemoOpportunities(now);
  expect(count).toBeGreaterThan(20);
  expect(await seedDemoOpportunities(now)).toBeNull();
  const rows = await db.opportunity.findMany({ select: { id: true, ownerId: true, stageId: true, account: { select: { ownerId: true } }, stageChanges: { orderBy: { changedAt: "desc" }, take: 1, select: { toStageId: true } } } });
  expect(rows).toHaveLength(count!);
  for (const row of rows) {
    expect(row.ownerId).toBe(row.account.ownerId);
    expect(row.stageChanges[0]?.toStageId).toBe(row.stageId);
  }
  // Spread across stages: more than three different stages are in use.
  expect(new Set(rows.map((r) => r.stageId)).size).toBeGreaterThan(3);
  const lost = await db.opportunity.findMany({ where: { stage: { kind: "lost" } }, select: { lostReason: true } });
  expect(lost.every((o) => o.lostReason !== "")).toBe(true);
});
