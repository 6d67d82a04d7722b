import "server-only";
import type { Tx } from "@/lib/db/client";
import { addDays } from "@/lib/domain/activity";
import { localToInstant } from "@/lib/domain/time-zone";
import { companyDay } from "@/lib/pricing/company-day";
import { appTimeZone } from "@/lib/table/day-range";

/** Checklist tasks are due at the end of the working day, N days after the stage was entered. */
const DUE_TIME = "18:00";

/**
 * Called inside the transaction that moves an opportunity into a stage (create and stage
 * change): one open task per checklist item of the stage for the opportunity's owner, titled in
 * the owner's language. A checklist item whose task from an earlier entry is still open is not
 * created again.
 */
export async function createStageTasks(tx: Tx, opportunity: { id: string; stageId: string; ownerId: string; teamId: string | null }, now = new Date()): Promise<number> {
  const tasks = await tx.pipelineStageTask.findMany({ where: { stageId: opportunity.stageId }, orderBy: [{ position: "asc" }, { id: "asc" }], select: { id: true, titleZh: true, titleEn: true, dueInDays: true } });
  if (tasks.length === 0) return 0;
  const open = await tx.activity.findMany({
    where: { opportunityId: opportunity.id, done: false, stageTaskId: { in: tasks.map((t) => t.id) } },
    select: { stageTaskId: true },
  });
  const already = new Set(open.map((a) => a.stageTaskId));
  const owner = await tx.user.findUniqueOrThrow({ where: { id: opportunity.ownerId }, select: { locale: true } });
  const today = companyDay(now);
  const zone = appTimeZone();
  const data = tasks
    .filter((t) => !already.has(t.id))
    .map((t) => ({
      type: "task",
      subject: owner.locale === "zh-CN" ? t.titleZh : t.titleEn,
      dueAt: localToInstant(`${addDays(today, t.dueInDays)}T${DUE_TIME}`, zone),
      ownerId: opportunity.ownerId,
      teamId: opportunity.teamId,
      opportunityId: opportunity.id,
      stageTaskId: t.id,
    }));
  if (data.length) await tx.activity.createMany({ data });
  return data.length;
}
