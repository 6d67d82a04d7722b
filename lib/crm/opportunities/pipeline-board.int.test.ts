import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createAccountRow } from "@/lib/testing/crm-factories";
import { createActor, createCompany } from "@/lib/testing/factories";
import { createOpportunityRow, createStages } from "@/lib/testing/pipeline-factories";
import { createRateRow, enableCurrency } from "@/lib/testing/pricing-factories";
import { parseTableParams } from "@/lib/table/params";
import { findPipelineBoard } from "./find-pipeline-board";
import { OPPORTUNITIES_TABLE } from "./opportunities-table";

beforeEach(async () => {
  await createCompany();
});

describe("pipeline board totals", () => {
  it("converts other currencies to the base currency and keeps those without a rate apart", async () => {
    const stages = await createStages();
    const rep = await createActor("sales");
    const other = await createActor("sales");
    const account = await createAccountRow({ ownerId: rep.id });
    const theirs = await createAccountRow({ ownerId: other.id });
    await enableCurrency("USD");
    await enableCurrency("JPY");
    await createRateRow("USD", "2026-01-02", "7.1");
    // 1,000.00 CNY at 50 %, 100.00 USD at 50 % → 710.00 CNY, 5,000 JPY without a rate.
    await createOpportunityRow({ accountId: account.id, ownerId: rep.id, stageId: stages.proposal, amount: 100000, probabilityBp: 5000 });
    await createOpportunityRow({ accountId: account.id, ownerId: rep.id, stageId: stages.proposal, amount: 10000, currencyCode: "USD", probabilityBp: 5000 });
    await createOpportunityRow({ accountId: account.id, ownerId: rep.id, stageId: stages.proposal, amount: 5000, currencyCode: "JPY", probabilityBp: 5000 });
    await createOpportunityRow({ accountId: theirs.id, ownerId: other.id, stageId: stages.proposal, amount: 999900 });
    await db.pipelineStage.update({ where: { id: stages.qualification }, data: { active: false } });

    const board = await findPipelineBoard({ actor: rep, day: "2026-03-01" });
    expect(board.base).toBe("CNY");
    expect(board.columns.map((c) => c.stage.id)).not.toContain(stages.qualification);
    const proposal = board.columns.find((c) => c.stage.id === stages.proposal)!;
    expect(proposal.cards).toHaveLength(3);
    expect(proposal.totals).toEqual({ raw: 171000, weighted: 85500 });
    expect(proposal.unconverted).toEqual({ JPY: { raw: 5000, weighted: 2500 } });

    // Before the rate's day the USD amount is not converted either: still never added as CNY.
    const early = (await findPipelineBoard({ actor: rep, day: "2026-01-01" })).columns.find((c) => c.stage.id === stages.proposal)!;
    expect(early.totals).toEqual({ raw: 100000, weighted: 50000 });
    expect(early.unconverted).toEqual({ USD: { raw: 10000, weighted: 5000 }, JPY: { raw: 5000, weighted: 2500 } });

    const mine = await findPipelineBoard({ actor: rep, filters: parseTableParams(OPPORTUNITIES_TABLE, { owner: other.id }), day: "2026-03-01" });
    expect(mine.columns.flatMap((c) => c.cards)).toHaveLength(0);
    // The list's filters apply to the board and its totals.
    const cold = await findPipelineBoard({ actor: rep, filters: parseTableParams(OPPORTUNITIES_TABLE, { rating: "cold" }), day: "2026-03-01" });
    expect(cold.columns.find((c) => c.stage.id === stages.proposal)!.totals).toEqual({ raw: 0, weighted: 0 });
    const warm = await findPipelineBoard({ actor: rep, filters: parseTableParams(OPPORTUNITIES_TABLE, { rating: "warm", q: "" }), day: "2026-03-01" });
    expect(warm.columns.find((c) => c.stage.id === stages.proposal)!.totals).toEqual({ raw: 171000, weighted: 85500 });
  });
});
