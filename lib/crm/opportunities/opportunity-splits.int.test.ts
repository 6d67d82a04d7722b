import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { FieldError, NotFoundError } from "@/lib/errors";
import { createAccountRow } from "@/lib/testing/crm-factories";
import { createActor, createCompany, createTeam } from "@/lib/testing/factories";
import { createOpportunityRow, createStages } from "@/lib/testing/pipeline-factories";
import { findOpportunity } from "./find-opportunity";
import { saveOpportunitySplits } from "./save-opportunity-splits";

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => null,
    (e: unknown) => e,
  );
}

beforeEach(async () => {
  await createCompany();
});

describe("opportunity split owners", () => {
  it("a manager shares an opportunity within the team; the split owner then sees it; bad splits write nothing", async () => {
    const stages = await createStages();
    const team = await createTeam();
    const other = await createTeam();
    const manager = await createActor("manager");
    await db.team.update({ where: { id: team.id }, data: { managerId: manager.id } });
    const owner = await createActor("sales", { teamId: team.id });
    const colleague = await createActor("sales", { teamId: team.id });
    const outsider = await createActor("sales", { teamId: other.id });
    const account = await createAccountRow({ ownerId: owner.id });
    const opportunity = await createOpportunityRow({ accountId: account.id, ownerId: owner.id, stageId: stages.prospecting });

    expect(await rejection(findOpportunity({ actor: colleague, id: opportunity.id }))).toBeInstanceOf(NotFoundError);
    expect(await saveOpportunitySplits({ actor: manager, input: { id: opportunity.id, splits: [{ userId: colleague.id, percentBp: 3000 }] } })).toEqual({ id: opportunity.id, changed: true });
    expect((await findOpportunity({ actor: colleague, id: opportunity.id })).splits.map((s) => [s.userId, s.percentBp])).toEqual([[colleague.id, 3000]]);

    const refused = [
      [{ userId: owner.id, percentBp: 1000 }], // the owner is not their own split
      [{ userId: colleague.id, percentBp: 6000 }, { userId: colleague.id, percentBp: 1000 }],
      [{ userId: colleague.id, percentBp: 9000 }, { userId: manager.id, percentBp: 2000 }], // over 100 %
      [{ userId: outsider.id, percentBp: 1000 }], // not assignable by this manager
    ];
    for (const splits of refused) {
      expect(await rejection(saveOpportunitySplits({ actor: manager, input: { id: opportunity.id, splits } }))).toBeInstanceOf(FieldError);
    }
    expect(await db.opportunityOwnerSplit.findMany({ where: { opportunityId: opportunity.id }, select: { userId: true, percentBp: true } })).toEqual([{ userId: colleague.id, percentBp: 3000 }]);

    // Someone outside the scope gets NotFound; the same splits again change nothing.
    expect(await rejection(saveOpportunitySplits({ actor: outsider, input: { id: opportunity.id, splits: [] } }))).toBeInstanceOf(NotFoundError);
    expect((await saveOpportunitySplits({ actor: manager, input: { id: opportunity.id, splits: [{ userId: colleague.id, percentBp: 3000 }] } })).changed).toBe(false);
  });
});
