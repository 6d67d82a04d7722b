import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { AppError, FieldError } from "@/lib/errors";
import { createAccountRow } from "@/lib/testing/crm-factories";
import { rejection } from "@/lib/testing/rejection";
import { createActor, createCompany } from "@/lib/testing/factories";
import { convertInput, createLeadRow } from "@/lib/testing/lead-factories";
import { createStages } from "@/lib/testing/pipeline-factories";
import { convertLead } from "./convert-lead";

let stages: Awaited<ReturnType<typeof createStages>>;

beforeEach(async () => {
  await createCompany();
  stages = await createStages();
});

// Each file shares one database across its tests: count the rep's own records.
const counts = async (ownerId: string) => ({
  accounts: await db.account.count({ where: { ownerId } }),
  contacts: await db.contact.count({ where: { ownerId } }),
  opportunities: await db.opportunity.count({ where: { ownerId } }),
});

describe("convertLead", () => {
  it("creates account, contact and opportunity in one step and links them back", async () => {
    const rep = await createActor("sales");
    const lead = await createLeadRow({ ownerId: rep.id, status: "qualified", personName: "Chen Jing", company: "Ningbo Seals Ltd", region: "east" });
    await db.lead.update({ where: { id: lead.id }, data: { campaign: "Spring mailing", source: "campaign" } });
    const result = await convertLead({
      actor: rep,
      input: convertInput(lead.id, { createOpportunity: true, opportunityName: "Seal line upgrade", amount: "88000.50", stageId: stages.qualification, expectedCloseDate: "2026-12-20" }),
    });

    const account = await db.account.findUniqueOrThrow({ where: { id: result.accountId }, select: { name: true, ownerId: true, region: true, type: true } });
    expect(account).toEqual({ name: "Ningbo Seals Ltd", ownerId: rep.id, region: "east", type: "customer" });
    const contact = await db.contact.findUniqueOrThrow({ where: { id: result.contactId }, select: { name: true, accountId: true, isPrimary: true, ownerId: true } });
    expect(contact).toEqual({ name: "Chen Jing", accountId: result.accountId, isPrimary: true, ownerId: rep.id });
    const opportunity = await db.opportunity.findUniqueOrThrow({ where: { id: result.opportunityId! }, select: { name: true, accountId: true, contactId: true, amount: true, stageId: true, ownerId: true, source: true, campaign: true } });
    expect(opportunity).toEqual({ name: "Seal line upgrade", accountId: result.accountId, contactId: result.contactId, amount: 8800050, stageId: stages.qualification, ownerId: rep.id, source: "campaign", campaign: "Spring mailing" });
    expect(await db.opportunityStageChange.count({ where: { opportunityId: result.opportunityId! } })).toBe(1);

    const linked = await db.lead.findUniqueOrThrow({ where: { id: lead.id }, select: { status: true, convertedAt: true, convertedAccountId: true, convertedContactId: true, convertedOpportunityId: true } });
    expect(linked.status).toBe("converted");
    expect(linked.convertedAt).toBeInstanceOf(Date);
    expect([linked.convertedAccountId, linked.convertedContactId, linked.convertedOpportunityId]).toEqual([result.accountId, result.contactId, result.opportunityId]);
    for (const [entityType, entityId] of [["Account", result.accountId], ["Contact", result.contactId], ["Opportunity", result.opportunityId!]]) {
      expect(await db.auditEntry.count({ where: { entityType, entityId, action: "create" } })).toBe(1);
    }
    expect(await db.auditEntry.count({ where: { entityType: "Lead", entityId: lead.id, action: "convert" } })).toBe(1);
  });

  it("attaches to an existing account the rep sees, and refuses one they do not", async () => {
    const rep = await createActor("sales");
    const other = await createActor("sales");
    const mine = await createAccountRow({ ownerId: rep.id });
    const theirs = await createAccountRow({ ownerId: other.id });
    const lead = await createLeadRow({ ownerId: rep.id, status: "qualified" });

    const refused = await rejection(convertLead({ actor: rep, input: convertInput(lead.id, { accountMode: "existing", accountId: theirs.id }) }));
    expect(refused).toBeInstanceOf(FieldError);
    expect((refused as FieldError).field).toBe("accountId");
    expect(await db.contact.count({ where: { ownerId: rep.id } })).toBe(0);
    expect((await db.lead.findUniqueOrThrow({ where: { id: lead.id } })).status).toBe("qualified");

    const result = await convertLead({ actor: rep, input: convertInput(lead.id, { accountMode: "existing", accountId: mine.id }) });
    expect(result.accountId).toBe(mine.id);
    expect(result.opportunityId).toBeNull();
    expect(await db.account.count({ where: { ownerId: rep.id } })).toBe(1);
    expect((await db.contact.findUniqueOrThrow({ where: { id: result.contactId } })).isPrimary).toBe(false);
  });

  it("writes nothing when a step fails midway (bad opportunity stage, bad amount)", async () => {
    const rep = await createActor("sales");
    const lead = await createLeadRow({ ownerId: rep.id, status: "qualified" });
    const before = await counts(rep.id);
    const audits = await db.auditEntry.count();

    const badStage = await rejection(convertLead({ actor: rep, input: convertInput(lead.id, { createOpportunity: true, opportunityName: "X", stageId: "no-such-stage" }) }));
    expect((badStage as FieldError).field).toBe("stageId");
    const badAmount = await rejection(convertLead({ actor: rep, input: convertInput(lead.id, { createOpportunity: true, opportunityName: "X", amount: "12.345", stageId: stages.prospecting }) }));
    expect((badAmount as FieldError).field).toBe("amount");

    expect(await counts(rep.id)).toEqual(before);
    expect(await db.auditEntry.count()).toBe(audits);
    const row = await db.lead.findUniqueOrThrow({ where: { id: lead.id }, select: { status: true, convertedAt: true, convertedAccountId: true } });
    expect(row).toEqual({ status: "qualified", convertedAt: null, convertedAccountId: null });
  });

  it("converts only qualified leads", async () => {
    const rep = await createActor("sales");
    const lead = await createLeadRow({ ownerId: rep.id, status: "working" });
    const error = await rejection(convertLead({ actor: rep, input: convertInput(lead.id) }));
    expect((error as AppError).key).toBe("leads.notQualified");
    expect(await counts(rep.id)).toEqual({ accounts: 0, contacts: 0, opportunities: 0 });
  });

  it("lets exactly one of many concurrent converts of the same lead win", async () => {
    const rep = await createActor("sales");
    const lead = await createLeadRow({ ownerId: rep.id, status: "qualified" });
    const results = await Promise.allSettled(
      Array.from({ length: 6 }, () => convertLead({ actor: rep, input: convertInput(lead.id, { createOpportunity: true, opportunityName: "Race", stageId: stages.prospecting }) })),
    );
    const won = results.filter((r) => r.status === "fulfilled");
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost.map((r) => (r.reason as AppError).key)).toEqual(Array(5).fill("leads.alreadyConverted"));
    expect(await counts(rep.id)).toEqual({ accounts: 1, contacts: 1, opportunities: 1 });
  });
});
