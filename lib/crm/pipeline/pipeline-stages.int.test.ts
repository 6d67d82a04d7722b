import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { AccessDeniedError, AppError, FieldError } from "@/lib/errors";
import { createAccountRow } from "@/lib/testing/crm-factories";
import { createActor, createCompany } from "@/lib/testing/factories";
import { createOpportunityRow, createStages } from "@/lib/testing/pipeline-factories";
import { deletePipelineStage } from "./delete-pipeline-stage";
import { movePipelineStage } from "./move-pipeline-stage";
import { updatePipelineStage } from "./update-pipeline-stage";

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => null,
    (e: unknown) => e,
  );
}

beforeEach(async () => {
  await createCompany();
});

describe("pipeline stage admin", () => {
  it("renames, reorders, sets probability and required fields; only admins; audited", async () => {
    const stages = await createStages();
    const admin = await createActor("admin");
    const manager = await createActor("manager");
    const input = { id: stages.proposal, nameZh: "报价", nameEn: "Quote", probability: "55.5", requiredFields: ["contactId" as const, "amount" as const], active: true };
    expect(await rejection(updatePipelineStage({ actor: manager, input }))).toBeInstanceOf(AccessDeniedError);
    expect(await rejection(updatePipelineStage({ actor: admin, input: { ...input, probability: "150" } }))).toBeInstanceOf(FieldError);
    await updatePipelineStage({ actor: admin, input });
    expect(await db.pipelineStage.findUniqueOrThrow({ where: { id: stages.proposal }, select: { nameEn: true, defaultProbabilityBp: true, requiredFields: true } })).toEqual({ nameEn: "Quote", defaultProbabilityBp: 5550, requiredFields: "contactId,amount" });
    await movePipelineStage({ actor: admin, id: stages.proposal, direction: "up" });
    const order = (await db.pipelineStage.findMany({ where: { id: { in: Object.values(stages) } }, orderBy: { position: "asc" }, select: { id: true } })).map((s) => s.id);
    expect(order.indexOf(stages.proposal)).toBeLessThan(order.indexOf(stages.qualification));
    expect(await db.auditEntry.count({ where: { entityType: "PipelineStage", entityId: stages.proposal } })).toBe(2);
  });

  it("a stage in use cannot be deleted; an unused one can", async () => {
    const stages = await createStages();
    const admin = await createActor("admin");
    const rep = await createActor("sales");
    const account = await createAccountRow({ ownerId: rep.id });
    await createOpportunityRow({ accountId: account.id, ownerId: rep.id, stageId: stages.negotiation });
    const refused = await rejection(deletePipelineStage({ actor: admin, id: stages.negotiation }));
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).key).toBe("pipeline.stageInUse");
    const spare = await db.pipelineStage.create({ data: { key: "spare", nameZh: "备用", nameEn: "Spare", position: 99, defaultProbabilityBp: 0 }, select: { id: true } });
    await deletePipelineStage({ actor: admin, id: spare.id });
    expect(await db.pipelineStage.count({ where: { id: spare.id } })).toBe(0);
  });
});
