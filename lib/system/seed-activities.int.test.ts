import { expect, it } from "vitest";
import { ensureStages } from "@/lib/crm/pipeline/ensure-stages";
import { db } from "@/lib/db/client";
import { transact } from "@/lib/db/transact";
import { DEMO_ACTIVITY_COUNT, seedDemoActivities } from "./seed-activities";
import { seedDemoCrm } from "./seed-crm";
import { seedDemoOpportunities } from "./seed-crm-opportunities";
import { seedDemo } from "./seed-demo";

it("seeds the demo activities once, deterministically, owned like the records they are about, past mostly done and future open", async () => {
  expect(await seedDemo("demo password 123")).toBe(true);
  await transact((tx) => ensureStages(tx));
  await seedDemoCrm();
  const now = new Date("2026-11-30T03:00:00Z");
  await seedDemoOpportunities(now);
  expect(await seedDemoActivities(now)).toBe(DEMO_ACTIVITY_COUNT);
  expect(await seedDemoActivities(now)).toBeNull();
  expect(await db.pipelineStageTask.count()).toBeGreaterThanOrEqual(6);

  const select = {
    id: true, type: true, subject: true, dueAt: true, done: true, ownerId: true, accountId: true, contactId: true, opportunityId: true, remindAt: true,
    account: { select: { ownerId: true } }, contact: { select: { account: { select: { ownerId: true } } } }, opportunity: { select: { ownerId: true } },
  } as const;
  const rows = await db.activity.findMany({ orderBy: { id: "asc" }, select });
  expect(rows).toHaveLength(DEMO_ACTIVITY_COUNT);
  for (const row of rows) {
    const relatedOwner = row.account?.ownerId ?? row.contact?.account.ownerId ?? row.opportunity?.ownerId;
    expect(relatedOwner).toBe(row.ownerId);
    expect([row.accountId, row.contactId, row.opportunityId].filter(Boolean)).toHaveLength(1);
    if (row.dueAt! > now) expect(row.done && row.type !== "note" && row.type !== "email").toBe(false);
    if (row.remindAt) expect(row.remindAt < row.dueAt!).toBe(true);
  }
  const past = rows.filter((r) => r.dueAt! < now);
  const doneShare = past.filter((r) => r.done).length / past.length;
  expect(doneShare).toBeGreaterThan(0.75);
  expect(doneShare).toBeLessThan(1);
  expect(rows.some((r) => r.dueAt! > now && !r.done)).toBe(true);
  expect(new Set(rows.map((r) => r.ownerId)).size).toBeGreaterThan(1);

  // The same seed date gives the same activities.
  await db.activity.deleteMany({});
  await seedDemoActivities(now);
  expect(await db.activity.findMany({ orderBy: { id: "asc" }, select })).toEqual(rows);
});
