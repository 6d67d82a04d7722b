import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { writeAudit } from "@/lib/audit/write-audit";
import { transact } from "@/lib/db/transact";
import { NotFoundError } from "@/lib/errors";

/** Swaps a stage with its neighbour above or below (board column order). */
export async function movePipelineStage({ actor, id, direction }: { actor: Actor; id: string; direction: "up" | "down" }): Promise<{ id: string; changed: boolean }> {
  assertCan(actor, "settings.pipeline.manage");
  return transact(async (tx) => {
    const stages = await tx.pipelineStage.findMany({ orderBy: [{ position: "asc" }, { id: "asc" }], select: { id: true, position: true } });
    const i = stages.findIndex((s) => s.id === id);
    if (i < 0) throw new NotFoundError();
    const j = direction === "up" ? i - 1 : i + 1;
    if (j < 0 || j >= stages.length) return { id, changed: false };
    // Renumber all positions 1..n so equal positions from older edits cannot stall a swap.
    const order = stages.map((s) => s.id);
    [order[i], order[j]] = [order[j], order[i]];
    for (const [k, stageId] of order.entries()) await tx.pipelineStage.update({ where: { id: stageId }, data: { position: k + 1 }, select: { id: true } });
    await writeAudit(tx, { actor, action: "update", entityType: "PipelineStage", entityId: id, before: { position: i + 1 }, after: { position: j + 1 } });
    return { id, changed: true };
  });
}
