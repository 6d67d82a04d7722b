// Test data for opportunity integration tests: the default stages and opportunity rows straight
// to the database; the code under test goes through the services.
import { db } from "@/lib/db/client";
import { DEFAULT_STAGES } from "@/lib/domain/pipeline";
import { uniqueName } from "./factories";

/** The default stages (idempotent), as key → id. */
export async function createStages(): Promise<Record<(typeof DEFAULT_STAGES)[number]["key"], string>> {
  const ids = {} as Record<(typeof DEFAULT_STAGES)[number]["key"], string>;
  for (const stage of DEFAULT_STAGES) {
    const row = await db.pipelineStage.upsert({ where: { key: stage.key }, create: { ...stage }, update: {}, select: { id: true } });
    ids[stage.key] = row.id;
  }
  return ids;
}

export async function createOpportunityRow(overrides: { accountId: string; ownerId: string; stageId: string; amount?: number; currencyCode?: string; probabilityBp?: number; name?: string }) {
  return db.opportunity.create({
    data: {
      accountId: overrides.accountId,
      ownerId: overrides.ownerId,
      stageId: overrides.stageId,
      name: overrides.name ?? `Deal ${uniqueName("opp")}`,
      amount: overrides.amount ?? 100000,
      currencyCode: overrides.currencyCode ?? "CNY",
      probabilityBp: overrides.probabilityBp ?? 1000,
    },
    select: { id: true, name: true },
  });
}
