import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { FieldError, NotFoundError } from "@/lib/errors";
import { createProductRow } from "@/lib/testing/catalog-factories";
import { createAccountRow } from "@/lib/testing/crm-factories";
import { createActor, createCompany } from "@/lib/testing/factories";
import { createOpportunityRow, createStages } from "@/lib/testing/pipeline-factories";
import type { LineInput } from "@/lib/validation/lines";
import { saveOpportunityLines } from "./save-opportunity-lines";
import { updateOpportunity } from "./update-opportunity";

const line = (over: Partial<LineInput> = {}): LineInput => ({ productId: null, description: "Installation", quantity: "2", unitPrice: "1500.00", discount: "", ...over });

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => null,
    (e: unknown) => e,
  );
}

let stages: Awaited<ReturnType<typeof createStages>>;
beforeEach(async () => {
  await createCompany();
  stages = await createStages();
});

async function world() {
  const repA = await createActor("sales");
  const repB = await createActor("sales");
  const account = await createAccountRow({ ownerId: repA.id });
  const opportunity = await createOpportunityRow({ accountId: account.id, ownerId: repA.id, stageId: stages.prospecting, amount: 99_00 });
  return { repA, repB, account, opportunity };
}

describe("opportunity product lines", () => {
  it("replaces the lines and sets the amount to their exact total", async () => {
    const { repA, opportunity } = await world();
    const product = await createProductRow({ sku: "PUMP-1" });
    const result = await saveOpportunityLines({
      actor: repA,
      input: { id: opportunity.id, lines: [line({ productId: product.id, description: "", quantity: "3", unitPrice: "0.33", discount: "10" }), line()] },
    });
    // 3 × 0.33 × 90 % = 0.891 → 0.89; 2 × 1500.00 = 3000.00
    expect(result).toEqual({ id: opportunity.id, amount: 300089, changed: true });
    const rows = await db.opportunityLine.findMany({ where: { opportunityId: opportunity.id }, orderBy: { position: "asc" } });
    expect(rows.map((r) => [r.position, r.productId, r.quantity, r.unitPrice, r.discountBp])).toEqual([
      [0, product.id, 3000, 33, 1000],
      [1, null, 2000, 150000, 0],
    ]);
    expect(rows[0].description).not.toBe("");
    expect((await db.opportunity.findUniqueOrThrow({ where: { id: opportunity.id } })).amount).toBe(300089);

    // The same lines again change nothing; no lines keep the amount.
    expect((await saveOpportunityLines({ actor: repA, input: { id: opportunity.id, lines: rows.map((r) => line({ productId: r.productId, description: r.description, quantity: String(r.quantity / 1000), unitPrice: (r.unitPrice / 100).toFixed(2), discount: r.discountBp ? String(r.discountBp / 100) : "" })) } })).changed).toBe(false);
    await saveOpportunityLines({ actor: repA, input: { id: opportunity.id, lines: [] } });
    expect(await db.opportunityLine.count({ where: { opportunityId: opportunity.id } })).toBe(0);
    expect((await db.opportunity.findUniqueOrThrow({ where: { id: opportunity.id } })).amount).toBe(300089);
  });

  it("a bad line anywhere writes nothing and names the field", async () => {
    const { repA, opportunity } = await world();
    await saveOpportunityLines({ actor: repA, input: { id: opportunity.id, lines: [line()] } });
    const error = await rejection(saveOpportunityLines({ actor: repA, input: { id: opportunity.id, lines: [line({ description: "New" }), line({ quantity: "-1" })] } }));
    expect(error).toBeInstanceOf(FieldError);
    expect((error as FieldError).field).toBe("lines.1.quantity");
    const rows = await db.opportunityLine.findMany({ where: { opportunityId: opportunity.id } });
    expect(rows.map((r) => r.description)).toEqual(["Installation"]);

    const unknown = await rejection(saveOpportunityLines({ actor: repA, input: { id: opportunity.id, lines: [line({ productId: "no-such-product" })] } }));
    expect((unknown as FieldError).field).toBe("lines.0.productId");
    const whole = await createProductRow({ sku: "BOX-1" });
    const fraction = await rejection(saveOpportunityLines({ actor: repA, input: { id: opportunity.id, lines: [line({ productId: whole.id, quantity: "1.5" })] } }));
    expect((fraction as FieldError).key).toBe("lines.wholeQuantity");
  });

  it("another rep's opportunity is not found", async () => {
    const { repB, opportunity } = await world();
    expect(await rejection(saveOpportunityLines({ actor: repB, input: { id: opportunity.id, lines: [line()] } }))).toBeInstanceOf(NotFoundError);
    expect(await db.opportunityLine.count({ where: { opportunityId: opportunity.id } })).toBe(0);
  });

  it("with lines, the form keeps the lines' amount and refuses a currency change", async () => {
    const { repA, account, opportunity } = await world();
    await saveOpportunityLines({ actor: repA, input: { id: opportunity.id, lines: [line()] } });
    const base = {
      id: opportunity.id, accountId: account.id, contactId: null, name: "Renamed", amount: "1.00", currencyCode: "CNY", stageId: stages.prospecting, probability: "",
      expectedCloseDate: "", ownerId: repA.id, source: "campaign", campaign: "Spring expo", rating: "warm" as const, forecastCategory: "pipeline" as const, competitors: "", nextStep: "", lostReason: "",
    };
    await updateOpportunity({ actor: repA, input: base });
    const saved = await db.opportunity.findUniqueOrThrow({ where: { id: opportunity.id } });
    expect([saved.name, saved.amount, saved.campaign]).toEqual(["Renamed", 300000, "Spring expo"]);
    await db.currency.upsert({ where: { code: "USD" }, update: { enabled: true }, create: { code: "USD", nameZh: "美元", nameEn: "US dollar", enabled: true } });
    const error = await rejection(updateOpportunity({ actor: repA, input: { ...base, currencyCode: "USD" } }));
    expect((error as FieldError).key).toBe("lines.currencyLocked");
  });
});
