import { expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { ensureStages } from "@/lib/crm/pipeline/ensure-stages";
import { transact } from "@/lib/db/transact";
import { seedDemo } from "./seed-demo";
import { seedDemoLeads } from "./seed-leads";

it("seeds ≈60 demo leads once, in every status, with converted ones linked to their records", async () => {
  expect(await seedDemo("demo password 123")).toBe(true);
  await transact((tx) => ensureStages(tx));
  // The account and opportunity seeds are independent of this one (and slow): left out here.
  const now = new Date("2026-11-30T00:00:00Z");
  const count = await seedDemoLeads(now);
  expect(count).toBeGreaterThanOrEqual(55);
  expect(await seedDemoLeads(now)).toBeNull();
  expect(await db.lead.count()).toBe(count);

  const byStatus = await db.lead.groupBy({ by: ["status"], _count: { _all: true } });
  expect(byStatus.map((s) => s.status).sort()).toEqual(["converted", "disqualified", "new", "qualified", "working"]);
  const converted = await db.lead.findMany({ where: { status: "converted" }, select: { ownerId: true, convertedAccount: { select: { ownerId: true } }, convertedOpportunityId: true } });
  expect(converted.length).toBeGreaterThan(0);
  for (const lead of converted) {
    expect(lead.convertedAccount?.ownerId).toBe(lead.ownerId);
    expect(lead.convertedOpportunityId).not.toBeNull();
  }
  expect(await db.lead.count({ where: { status: "disqualified", disqualifyReason: "" } })).toBe(0);
  // Unowned imports went by the region rules.
  expect(await db.lead.count({ where: { ownerId: "demo-admin" } })).toBe(0);
}, 120_000);
