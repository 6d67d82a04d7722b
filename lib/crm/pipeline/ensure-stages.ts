import "server-only";
import type { Tx } from "@/lib/db/client";
import { DEFAULT_STAGES } from "@/lib/domain/pipeline";

/** Creates the default pipeline stages that are missing (by key). Idempotent; an admin's edits stay. */
export async function ensureStages(tx: Tx): Promise<void> {
  for (const stage of DEFAULT_STAGES) {
    await tx.pipelineStage.upsert({ where: { key: stage.key }, create: { ...stage }, update: {} });
  }
}
