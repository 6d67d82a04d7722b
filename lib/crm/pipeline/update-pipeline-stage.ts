import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { changedFields, writeAudit } from "@/lib/audit/write-audit";
import { transact } from "@/lib/db/transact";
import { percentToBasisPoints } from "@/lib/domain/basis-points";
import { AppError, FieldError, NotFoundError } from "@/lib/errors";
import type { StageUpdateInput } from "@/lib/validation/opportunity";

/** An admin renames a stage, sets its default probability, required fields and active flag. */
export async function updatePipelineStage({ actor, input }: { actor: Actor; input: StageUpdateInput }): Promise<{ id: string; changed: boolean }> {
  assertCan(actor, "settings.pipeline.manage");
  const bp = percentToBasisPoints(input.probability);
  if (bp === null) throw new FieldError("probability", "pipeline.probability");
  return transact(async (tx) => {
    const current = await tx.pipelineStage.findUnique({ where: { id: input.id }, select: { nameZh: true, nameEn: true, defaultProbabilityBp: true, requiredFields: true, active: true, kind: true } });
    if (!current) throw new NotFoundError();
    const values = { nameZh: input.nameZh, nameEn: input.nameEn, defaultProbabilityBp: bp, requiredFields: input.requiredFields.join(","), active: input.active };
    const { kind, ...before } = current;
    const diff = changedFields(before, values);
    if (Object.keys(diff.after).length === 0) return { id: input.id, changed: false };
    // Deactivating the last open stage would leave nowhere to create an opportunity.
    if (kind === "open" && current.active && !values.active) {
      const others = await tx.pipelineStage.count({ where: { kind: "open", active: true, id: { not: input.id } } });
      if (others === 0) throw new AppError("pipeline.lastOpenStage");
    }
    await tx.pipelineStage.update({ where: { id: input.id }, data: values, select: { id: true } });
    await writeAudit(tx, { actor, action: "update", entityType: "PipelineStage", entityId: input.id, before: diff.before, after: diff.after });
    return { id: input.id, changed: true };
  });
}
