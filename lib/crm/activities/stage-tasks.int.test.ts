import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { AccessDeniedError, FieldError } from "@/lib/errors";
import { createAccountRow } from "@/lib/testing/crm-factories";
import { createActor, createCompany } from "@/lib/testing/factories";
import { createStages } from "@/lib/testing/pipeline-factories";
import type { OpportunityCreateInput } from "@/lib/validation/opportunity";
import { changeOpportunityStage } from "../opportunities/change-opportunity-stage";
import { createOpportunity } from "../opportunities/create-opportunity";
import { createStageTask, deleteStageTask, findStageTasks, moveStageTask, updateStageTask } from "../pipeline/save-stage-task";
import { completeActivity } from "./complete-activity";

let stages: Awaited<ReturnType<typeof createStages>>;

beforeEach(async () => {
  await createCompany();
  stages = await createStages();
});

function input(accountId: string, ownerId: string, stageId: string): OpportunityCreateInput {
  return {
    accountId, contactId: null, name: "Checklist deal", amount: "1000", currencyCode: "CNY", stageId, probability: "", expectedCloseDate: "2026-12-15",
    ownerId, source: "", rating: "warm", forecastCategory: "pipeline", competitors: "", nextStep: "", lostReason: "",
  };
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => null,
    (e: unknown) => e,
  );
}

describe("stage checklists", () => {
  it("entering a stage creates its checklist tasks for the owner once while they are open", async () => {
    const admin = await createActor("admin");
    const rep = await createActor("sales", { locale: "zh-CN" });
    const account = await createAccountRow({ ownerId: rep.id });
    await createStageTask({ actor: admin, input: { stageId: stages.prospecting, titleZh: "首次电话", titleEn: "First call", dueInDays: 0 } });
    const needs = await createStageTask({ actor: admin, input: { stageId: stages.qualification, titleZh: "确认需求", titleEn: "Confirm needs", dueInDays: 2 } });
    await createStageTask({ actor: admin, input: { stageId: stages.qualification, titleZh: "确认预算", titleEn: "Confirm budget", dueInDays: 5 } });

    const { id } = await createOpportunity({ actor: rep, input: input(account.id, rep.id, stages.prospecting) });
    const tasks = () => db.activity.findMany({ where: { opportunityId: id }, orderBy: [{ dueAt: "asc" }, { subject: "asc" }], select: { subject: true, ownerId: true, type: true, done: true, stageTaskId: true, dueAt: true } });
    expect((await tasks()).map((t) => t.subject)).toEqual(["首次电话"]);

    await changeOpportunityStage({ actor: rep, input: { id, stageId: stages.qualification, lostReason: "" } });
    const afterEntry = await tasks();
    expect(afterEntry.map((t) => t.subject)).toEqual(["首次电话", "确认需求", "确认预算"]);
    expect(afterEntry.every((t) => t.ownerId === rep.id && t.type === "task" && !t.done)).toBe(true);
    const firstDue = afterEntry[1].dueAt!.getTime();
    expect(afterEntry[2].dueAt!.getTime() - firstDue).toBe(3 * 86_400_000);

    // Out and back in while the tasks are open: nothing new.
    await changeOpportunityStage({ actor: rep, input: { id, stageId: stages.proposal, lostReason: "" } });
    await changeOpportunityStage({ actor: rep, input: { id, stageId: stages.qualification, lostReason: "" } });
    expect(await tasks()).toHaveLength(3);

    // One was done: re-entering creates that one again, not the open one.
    const done = await db.activity.findFirstOrThrow({ where: { opportunityId: id, stageTaskId: needs.id } });
    await completeActivity({ actor: rep, input: { id: done.id, done: true } });
    await changeOpportunityStage({ actor: rep, input: { id, stageId: stages.proposal, lostReason: "" } });
    await changeOpportunityStage({ actor: rep, input: { id, stageId: stages.qualification, lostReason: "" } });
    const final = await tasks();
    expect(final.filter((t) => t.stageTaskId === needs.id).map((t) => t.done).sort()).toEqual([false, true]);
    expect(final).toHaveLength(4);
  });

  it("a refused stage change creates no tasks", async () => {
    const admin = await createActor("admin");
    const rep = await createActor("sales");
    const account = await createAccountRow({ ownerId: rep.id });
    const review = await createStageTask({ actor: admin, input: { stageId: stages.lost, titleZh: "复盘", titleEn: "Loss review", dueInDays: 1 } });
    const { id } = await createOpportunity({ actor: rep, input: input(account.id, rep.id, stages.prospecting) });
    const refused = await rejection(changeOpportunityStage({ actor: rep, input: { id, stageId: stages.lost, lostReason: "" } }));
    expect(refused).toBeInstanceOf(FieldError);
    expect(await db.activity.count({ where: { opportunityId: id, stageTaskId: review.id } })).toBe(0);
  });

  it("admins edit, reorder and delete checklist tasks; others may not", async () => {
    const admin = await createActor("admin");
    const manager = await createActor("manager");
    expect(await rejection(createStageTask({ actor: manager, input: { stageId: stages.proposal, titleZh: "x", titleEn: "x", dueInDays: 0 } }))).toBeInstanceOf(AccessDeniedError);
    const a = await createStageTask({ actor: admin, input: { stageId: stages.proposal, titleZh: "甲", titleEn: "A", dueInDays: 0 } });
    const b = await createStageTask({ actor: admin, input: { stageId: stages.proposal, titleZh: "乙", titleEn: "B", dueInDays: 1 } });
    await moveStageTask({ actor: admin, input: { id: b.id, direction: "up" } });
    const order = async () => (await findStageTasks({ actor: admin })).filter((t) => t.stageId === stages.proposal).map((t) => t.titleEn);
    expect(await order()).toEqual(["B", "A"]);
    expect((await updateStageTask({ actor: admin, input: { id: a.id, titleZh: "甲", titleEn: "A2", dueInDays: 3 } })).changed).toBe(true);
    expect((await updateStageTask({ actor: admin, input: { id: a.id, titleZh: "甲", titleEn: "A2", dueInDays: 3 } })).changed).toBe(false);
    await deleteStageTask({ actor: admin, id: b.id });
    expect(await order()).toEqual(["A2"]);
    expect(await rejection(createStageTask({ actor: admin, input: { stageId: "nope", titleZh: "x", titleEn: "x", dueInDays: 0 } }))).toBeInstanceOf(FieldError);
  });
});
