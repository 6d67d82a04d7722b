import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { FieldError, NotFoundError } from "@/lib/errors";
import { parseTableParams } from "@/lib/table/params";
import { createAccountRow, createContactRow } from "@/lib/testing/crm-factories";
import { createActor, createCompany, createTeam } from "@/lib/testing/factories";
import { createOpportunityRow, createStages } from "@/lib/testing/pipeline-factories";
import type { OpportunityCreateInput } from "@/lib/validation/opportunity";
import { findAccountTimeline } from "../accounts/find-account";
import { changeOpportunityStage } from "./change-opportunity-stage";
import { createOpportunity } from "./create-opportunity";
import { findOpportunity } from "./find-opportunity";
import { findOpportunities, findOpportunitiesBatch } from "./find-opportunities";
import { OPPORTUNITIES_TABLE } from "./opportunities-table";
import { updateOpportunity } from "./update-opportunity";

const params = (raw: Record<string, string> = {}) => parseTableParams(OPPORTUNITIES_TABLE, raw);

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => null,
    (e: unknown) => e,
  );
}

function input(accountId: string, ownerId: string, stageId: string, changes: Partial<OpportunityCreateInput> = {}): OpportunityCreateInput {
  return {
    accountId, contactId: null, name: "Line 3 retrofit", amount: "120000.50", currencyCode: "CNY", stageId, probability: "", expectedCloseDate: "2026-12-15",
    ownerId, source: "", rating: "warm", forecastCategory: "pipeline", competitors: "", nextStep: "", lostReason: "", ...changes,
  };
}

let stages: Awaited<ReturnType<typeof createStages>>;

beforeEach(async () => {
  await createCompany();
  stages = await createStages();
});

async function world() {
  const east = await createTeam();
  const shanghai = await createTeam({ parentId: east.id });
  const south = await createTeam();
  const manager = await createActor("manager");
  await db.team.update({ where: { id: east.id }, data: { managerId: manager.id } });
  const repA = await createActor("sales", { teamId: shanghai.id });
  const repB = await createActor("sales", { teamId: south.id });
  const accountA = await createAccountRow({ ownerId: repA.id, name: "Alpha Pipe Co" });
  const accountB = await createAccountRow({ ownerId: repB.id, name: "Beta Pipe Co" });
  return { manager, repA, repB, accountA, accountB };
}

describe("opportunity scopes", () => {
  it("rep A cannot read, update, move or list rep B's opportunity; the manager sees the team's", async () => {
    const { manager, repA, repB, accountA, accountB } = await world();
    const a = await createOpportunity({ actor: repA, input: input(accountA.id, repA.id, stages.prospecting, { name: "Alpha deal" }) });
    const b = await createOpportunity({ actor: repB, input: input(accountB.id, repB.id, stages.prospecting, { name: "Beta deal" }) });

    expect(await rejection(findOpportunity({ actor: repA, id: b.id }))).toBeInstanceOf(NotFoundError);
    expect(await rejection(updateOpportunity({ actor: repA, input: { id: b.id, ...input(accountA.id, repA.id, stages.prospecting) } }))).toBeInstanceOf(NotFoundError);
    expect(await rejection(changeOpportunityStage({ actor: repA, input: { id: b.id, stageId: stages.proposal, lostReason: "" } }))).toBeInstanceOf(NotFoundError);
    // Nor create one on B's account.
    expect(await rejection(createOpportunity({ actor: repA, input: input(accountB.id, repA.id, stages.prospecting) }))).toBeInstanceOf(NotFoundError);

    expect((await findOpportunities({ actor: repA, params: params() })).rows.map((r) => r.name)).toEqual(["Alpha deal"]);
    expect((await findOpportunities({ actor: repA, params: params({ owner: repB.id }) })).total).toBe(0);
    expect((await findOpportunitiesBatch({ actor: repA, params: params(), cursor: null, take: 100 })).map((r) => r.id)).toEqual([a.id]);

    const seen = (await findOpportunities({ actor: manager, params: params() })).rows.map((r) => r.name);
    expect(seen).toEqual(["Alpha deal"]);
    expect((await findOpportunity({ actor: manager, id: a.id })).name).toBe("Alpha deal");
    expect(await rejection(findOpportunity({ actor: manager, id: b.id }))).toBeInstanceOf(NotFoundError);
    expect(await db.opportunity.count({ where: { name: "Line 3 retrofit" } })).toBe(0);
  });
});

describe("stages", () => {
  it("writes the history on create and on every stage change, with an audit entry", async () => {
    const { repA, accountA } = await world();
    const { id } = await createOpportunity({ actor: repA, input: input(accountA.id, repA.id, stages.prospecting) });
    const created = await db.opportunity.findUniqueOrThrow({ where: { id }, select: { amount: true, probabilityBp: true } });
    expect(created).toEqual({ amount: 12000050, probabilityBp: 1000 });

    await changeOpportunityStage({ actor: repA, input: { id, stageId: stages.proposal, lostReason: "" } });
    await updateOpportunity({ actor: repA, input: { id, ...input(accountA.id, repA.id, stages.negotiation, { probability: "80" }) } });
    const history = await db.opportunityStageChange.findMany({ where: { opportunityId: id }, orderBy: [{ changedAt: "asc" }, { id: "asc" }], select: { fromStageId: true, toStageId: true, changedById: true } });
    expect(history).toEqual([
      { fromStageId: null, toStageId: stages.prospecting, changedById: repA.id },
      { fromStageId: stages.prospecting, toStageId: stages.proposal, changedById: repA.id },
      { fromStageId: stages.proposal, toStageId: stages.negotiation, changedById: repA.id },
    ]);
    const row = await db.opportunity.findUniqueOrThrow({ where: { id }, select: { probabilityBp: true } });
    expect(row.probabilityBp).toBe(8000);
    const audits = await db.auditEntry.findMany({ where: { entityType: "Opportunity", entityId: id }, select: { action: true } });
    expect(audits.map((a) => a.action).sort()).toEqual(["create", "stage", "update"]);
    // The account's 360 timeline shows the opportunity's edits and stage changes.
    const timeline = await findAccountTimeline({ actor: repA, id: accountA.id });
    expect(timeline.filter((e) => e.entityType === "Opportunity").map((e) => e.action).sort()).toEqual(["create", "stage", "update"]);
    const detail = await findOpportunity({ actor: repA, id });
    expect(detail.history).toHaveLength(3);
    expect(detail.history[0].changedBy?.name).toBeTruthy();
  });

  it("lost needs a reason, won and lost close the forecast, nothing written on refusal", async () => {
    const { repA, accountA } = await world();
    const { id } = await createOpportunity({ actor: repA, input: input(accountA.id, repA.id, stages.qualification, { forecastCategory: "commit" }) });
    const refused = await rejection(changeOpportunityStage({ actor: repA, input: { id, stageId: stages.lost, lostReason: "  " } }));
    expect(refused).toBeInstanceOf(FieldError);
    expect((refused as FieldError).field).toBe("lostReason");
    expect(await db.opportunityStageChange.count({ where: { opportunityId: id } })).toBe(1);
    expect(await rejection(createOpportunity({ actor: repA, input: input(accountA.id, repA.id, stages.lost) }))).toBeInstanceOf(FieldError);

    await changeOpportunityStage({ actor: repA, input: { id, stageId: stages.lost, lostReason: "Price too high" } });
    const lost = await db.opportunity.findUniqueOrThrow({ where: { id }, select: { forecastCategory: true, lostReason: true, probabilityBp: true } });
    expect(lost).toEqual({ forecastCategory: "closed", lostReason: "Price too high", probabilityBp: 0 });
    await changeOpportunityStage({ actor: repA, input: { id, stageId: stages.won, lostReason: "" } });
    const won = await db.opportunity.findUniqueOrThrow({ where: { id }, select: { forecastCategory: true, lostReason: true, probabilityBp: true } });
    expect(won).toEqual({ forecastCategory: "closed", lostReason: "", probabilityBp: 10000 });
  });

  it("enforces a stage's required fields on entry", async () => {
    const { repA, accountA } = await world();
    await db.pipelineStage.update({ where: { id: stages.proposal }, data: { requiredFields: "contactId,nextStep" } });
    const { id } = await createOpportunity({ actor: repA, input: input(accountA.id, repA.id, stages.prospecting) });
    const refused = await rejection(changeOpportunityStage({ actor: repA, input: { id, stageId: stages.proposal, lostReason: "" } }));
    expect((refused as FieldError).field).toBe("contactId");
    const contact = await createContactRow({ accountId: accountA.id, ownerId: repA.id });
    const noStep = await rejection(updateOpportunity({ actor: repA, input: { id, ...input(accountA.id, repA.id, stages.proposal, { contactId: contact.id }) } }));
    expect((noStep as FieldError).field).toBe("nextStep");
    await updateOpportunity({ actor: repA, input: { id, ...input(accountA.id, repA.id, stages.proposal, { contactId: contact.id, nextStep: "Send quote" }) } });
    expect((await db.opportunity.findUniqueOrThrow({ where: { id }, select: { stageId: true } })).stageId).toBe(stages.proposal);
  });

  it("rejects bad amounts, contacts of other accounts and inactive stages", async () => {
    const { repA, accountA } = await world();
    const other = await createAccountRow({ ownerId: repA.id });
    const contact = await createContactRow({ accountId: other.id, ownerId: repA.id });
    expect(((await rejection(createOpportunity({ actor: repA, input: input(accountA.id, repA.id, stages.prospecting, { amount: "12.345" }) }))) as FieldError).field).toBe("amount");
    expect(((await rejection(createOpportunity({ actor: repA, input: input(accountA.id, repA.id, stages.prospecting, { contactId: contact.id }) }))) as FieldError).field).toBe("contactId");
    await db.pipelineStage.update({ where: { id: stages.qualification }, data: { active: false } });
    expect(((await rejection(createOpportunity({ actor: repA, input: input(accountA.id, repA.id, stages.qualification) }))) as FieldError).field).toBe("stageId");
    const row = await createOpportunityRow({ accountId: accountA.id, ownerId: repA.id, stageId: stages.prospecting });
    expect(((await rejection(changeOpportunityStage({ actor: repA, input: { id: row.id, stageId: stages.qualification, lostReason: "" } }))) as FieldError).field).toBe("stageId");
    expect(await db.opportunity.count({ where: { accountId: accountA.id } })).toBe(1);
  });
});
