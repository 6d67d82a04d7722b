import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { parseTableParams } from "@/lib/table/params";
import { createAccountRow } from "@/lib/testing/crm-factories";
import { createActor, createCompany, createTeam } from "@/lib/testing/factories";
import { createOpportunityRow, createStages } from "@/lib/testing/pipeline-factories";
import { findOpportunities, findOpportunityFilterOptions } from "./opportunities/find-opportunities";
import { OPPORTUNITIES_TABLE } from "./opportunities/opportunities-table";

beforeEach(async () => {
  await createCompany();
});

describe("team filter", () => {
  it("matches the team and the teams below it, and is offered to managers but not reps", async () => {
    const stages = await createStages();
    const east = await createTeam();
    const shanghai = await createTeam({ parentId: east.id });
    const south = await createTeam();
    const admin = await createActor("admin");
    const manager = await createActor("manager", { teamId: east.id });
    const eastRep = await createActor("sales", { teamId: east.id });
    const shanghaiRep = await createActor("sales", { teamId: shanghai.id });
    const southRep = await createActor("sales", { teamId: south.id });
    for (const rep of [eastRep, shanghaiRep, southRep]) {
      const account = await createAccountRow({ ownerId: rep.id, teamId: rep.teamId });
      const opportunity = await createOpportunityRow({ accountId: account.id, ownerId: rep.id, stageId: stages.prospecting, name: `Deal of ${rep.id}` });
      await db.opportunity.update({ where: { id: opportunity.id }, data: { teamId: rep.teamId } });
    }
    const owners = async (actor: typeof admin, team: string) =>
      (await findOpportunities({ actor, params: parseTableParams(OPPORTUNITIES_TABLE, { team }) })).rows.map((r) => r.owner.id).sort();

    expect(await owners(admin, east.id)).toEqual([eastRep.id, shanghaiRep.id].sort());
    expect(await owners(admin, shanghai.id)).toEqual([shanghaiRep.id]);
    // The scope still applies: a manager of East filtering on South sees nothing.
    expect(await owners(manager, south.id)).toEqual([]);

    expect((await findOpportunityFilterOptions({ actor: manager })).teams.map((t) => t.id).sort()).toEqual([east.id, shanghai.id].sort());
    expect((await findOpportunityFilterOptions({ actor: shanghaiRep })).teams).toEqual([]);
  });
});
