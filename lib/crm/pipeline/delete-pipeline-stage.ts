import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { writeAudit } from "@/lib/audit/write-audit";
import { transact } from "@/lib/db/transact";
import { AppError, NotFoundError } from "@/lib/errors";

/** Deletes a stage no opportunity uses or ever used (its history keeps stage ids). */
export async function deletePipelineStage({ actor, id }: { actor: Actor; id: string }): Promise<{ id: string; changed: boolean }> {
  assertCan(actor, "settings.pipeline.manage");
  return transact(async (tx) => {
    const stage = await tx.pipelineStage.findUnique({ where: { id }, select: { key: true, nameZh: true, nameEn: true, kind: true, active: true } });
    if (!stage) throw new NotFoundError();
    const used = (await tx.opportunity.count({ where: { stageId: id } })) + (await tx.opportunityStageChange.count({ where: { OR: [{ toStageId: id }, { fromStageId: id }] } }));
    if (used > 0) throw new AppError("pipeline.stageInUse");
    if (stage.kind === "open" && stage.active && (await tx.pipelineStage.count({ where: { kind: "open", active: true, id: { not: id } } })) === 0) throw new AppError("pipeline.lastOpenStage");
    await tx.pipelineStage.delete({ where: { id }, select: { id: true } });
    await writeAudit(tx, { actor, action: "delete", entityType: "PipelineStage", entityId: id, before: stage });
    return { id, changed: true };
  });
}
