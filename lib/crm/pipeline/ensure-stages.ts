import "server-only";
import type { Tx } from "@/lib/db/client";
import { DEFAULT_STAGES } from "@/lib/domain/pipeline";

/**
 * Creates the default pipeline stages on a database that has none. Once any stage exists the
 * admin owns the list: a deleted default stage is not brought back on the next start.
 */
export async function ensureStages(tx: Tx): Promise<void> {
  if ((await tx.pipelineStage.count()) > 0) return;
  for (const stage of DEFAULT_STAGES) await tx.pipelineStage.create({ data: { ...stage }, select: { id: true } });
}
