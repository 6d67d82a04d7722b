import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createAccountRow } from "@/lib/testing/crm-factories";
import { createActor, createCompany } from "@/lib/testing/factories";
import { createStages } from "@/lib/testing/pipeline-factories";
import { findOpportunityFormOptions } from "./find-opportunities";

beforeEach(async () => {
  await createCompany();
  await createStages();
});

describe("opportunity form options", () => {
  it("offer the preselected account beyond the first 1,000 by name, only within the actor's scope", async () => {
    const rep = await createActor("sales");
    const other = await createActor("sales");
    await db.account.createMany({ data: Array.from({ length: 1000 }, (_, i) => ({ code: `BULK-${rep.id}-${i}`, name: `A ${String(i).padStart(4, "0")}`, ownerId: rep.id })) });
    const late = await createAccountRow({ ownerId: rep.id, name: "Zz late customer" });
    const foreign = await createAccountRow({ ownerId: other.id, name: "Zz someone else's" });

    expect((await findOpportunityFormOptions({ actor: rep })).accounts.some((a) => a.id === late.id)).toBe(false);
    expect((await findOpportunityFormOptions({ actor: rep, includeAccountId: late.id })).accounts.some((a) => a.id === late.id)).toBe(true);
    expect((await findOpportunityFormOptions({ actor: rep, includeAccountId: foreign.id })).accounts.some((a) => a.id === foreign.id)).toBe(false);
  });
});
