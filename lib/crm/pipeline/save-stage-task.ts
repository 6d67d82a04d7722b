import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { changedFields, writeAudit } from "@/lib/audit/write-audit";
import { db } from "@/lib/db/client";
import { transact } from "@/lib/db/transact";
import { FieldError, NotFoundError } from "@/lib/errors";
import type { StageTaskInput, StageTaskMoveInput, StageTaskUpdateInput } from "@/lib/validation/activity";

/** A stage may carry at most this many checklist items (each entry creates that many tasks). */
const MAX_TASKS = 20;

/** Every stage's checklist, for the pipeline settings page. */
export async function findStageTasks({ actor }: { actor: Actor }) {
  assertCan(actor, "settings.pipeline.manage");
  return db.pipelineStageTask.findMany({ orderBy: [{ stageId: "asc" }, { position: "asc" }, { id: "asc" }], select: { id: true, stageId: true, titleZh: true, titleEn: true, dueInDays: true, position: true } });
}

/** Adds a checklist item at the end of a stage's list. */
export async function createStageTask({ actor, input }: { actor: Actor; input: StageTaskInput }): Promise<{ id: string; changed: boolean }> {
  assertCan(actor, "settings.pipeline.manage");
  return transact(async (tx) => {
    const stage = await tx.pipelineStage.findUnique({ where: { id: input.stageId }, select: { id: true } });
    if (!stage) throw new FieldError("stageId", "choice");
    const last = await tx.pipelineStageTask.aggregate({ where: { stageId: stage.id }, _max: { position: true }, _count: true });
    if (last._count >= MAX_TASKS) throw new FieldError("titleEn", "activities.tooManyTasks", { max: MAX_TASKS });
    const data = { stageId: stage.id, titleZh: input.titleZh, titleEn: input.titleEn, dueInDays: input.dueInDays, position: (last._max.position ?? -1) + 1 };
    const created = await tx.pipelineStageTask.create({ data, select: { id: true } });
    await writeAudit(tx, { actor, action: "create", entityType: "PipelineStageTask", entityId: created.id, after: data });
    return { id: created.id, changed: true };
  });
}

export async function updateStageTask({ actor, input }: { actor: Actor; input: StageTaskUpdateInput }): Promise<{ id: string; changed: boolean }> {
  assertCan(actor, "settings.pipeline.manage");
  return transact(async (tx) => {
    const current = await tx.pipelineStageTask.findUnique({ where: { id: input.id }, select: { titleZh: true, titleEn: true, dueInDays: true } });
    if (!current) throw new NotFoundError();
    const diff = changedFields(current, { titleZh: input.titleZh, titleEn: input.titleEn, dueInDays: input.dueInDays });
    if (Object.keys(diff.after).length === 0) return { id: input.id, changed: false };
    await tx.pipelineStageTask.update({ where: { id: input.id }, data: diff.after, select: { id: true } });
    await writeAudit(tx, { actor, action: "update", entityType: "PipelineStageTask", entityId: input.id, ...diff });
    return { id: input.id, changed: true };
  });
}

/** Removes a checklist item; tasks it already created stay (they are ordinary tasks now). */
export async function deleteStageTask({ actor, id }: { actor: Actor; id: string }): Promise<{ id: string; changed: boolean }> {
  assertCan(actor, "settings.pipeline.manage");
  return transact(async (tx) => {
    const current = await tx.pipelineStageTask.findUnique({ where: { id }, select: { stageId: true, titleZh: true, titleEn: true, dueInDays: true } });
    if (!current) throw new NotFoundError();
    await tx.pipelineStageTask.delete({ where: { id }, select: { id: true } });
    await writeAudit(tx, { actor, action: "delete", entityType: "PipelineStageTask", entityId: id, before: current });
    return { id, changed: true };
  });
}

/** Swaps a checklist item with its neighbour in the stage's order. */
export async function moveStageTask({ actor, input }: { actor: Actor; input: StageTaskMoveInput }): Promise<{ id: string; changed: boolean }> {
  assertCan(actor, "settings.pipeline.manage");
  return transact(async (tx) => {
    const current = await tx.pipelineStageTask.findUnique({ where: { id: input.id }, select: { stageId: true, position: true } });
    if (!current) throw new NotFoundError();
    const siblings = await tx.pipelineStageTask.findMany({ where: { stageId: current.stageId }, orderBy: [{ position: "asc" }, { id: "asc" }], select: { id: true } });
    const index = siblings.findIndex((s) => s.id === input.id);
    const other = siblings[input.direction === "up" ? index - 1 : index + 1];
    if (!other) return { id: input.id, changed: false };
    // Renumber the whole (short) list so duplicate positions from older data cannot stick.
    const order = siblings.map((s) => s.id);
    [order[index], order[order.indexOf(other.id)]] = [other.id, input.id];
    for (const [position, id] of order.entries()) await tx.pipelineStageTask.update({ where: { id }, data: { position }, select: { id: true } });
    await writeAudit(tx, { actor, action: "move", entityType: "PipelineStageTask", entityId: input.id, after: { direction: input.direction } });
    return { id: input.id, changed: true };
  });
}
