import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { AppError, NotFoundError } from "@/lib/errors";
import { createAccountRow, createContactRow } from "@/lib/testing/crm-factories";
import { createActor, createCompany, createTeam, uniqueName } from "@/lib/testing/factories";
import { createOpportunityRow, createStages } from "@/lib/testing/pipeline-factories";
import { findDuplicatePairs } from "./find-duplicate-pairs";
import { findLikelyDuplicates } from "./find-likely-duplicates";
import { mergeAccounts } from "./merge-accounts";
import { mergeContacts } from "./merge-contacts";
import { mergeLeads } from "./merge-leads";
import { findMergeRedirect } from "./merge-redirect";

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => null,
    (e: unknown) => e,
  );
}

async function leadRow(ownerId: string, fields: { email?: string; phone?: string; status?: string; personName?: string } = {}) {
  return db.lead.create({ data: { number: uniqueName("L"), personName: fields.personName ?? "Lead Person", ownerId, email: fields.email ?? "", phone: fields.phone ?? "", status: fields.status ?? "new" }, select: { id: true } });
}

async function activityRow(ownerId: string, link: { accountId?: string; contactId?: string; leadId?: string }) {
  return db.activity.create({ data: { type: "call", subject: uniqueName("call"), ownerId, ...link }, select: { id: true } });
}

async function serviceCaseRow(ownerId: string, accountId: string, contactId: string | null = null) {
  return db.serviceCase.create({ data: { number: uniqueName("SC"), accountId, contactId, ownerId, category: "fault", subject: "Broken" }, select: { id: true } });
}

/** Related-record counts of one account, relation by relation. */
async function accountRelations(accountId: string) {
  return {
    contacts: await db.contact.count({ where: { accountId } }),
    opportunities: await db.opportunity.count({ where: { accountId } }),
    activities: await db.activity.count({ where: { accountId } }),
    serviceCases: await db.serviceCase.count({ where: { accountId } }),
    convertedLeads: await db.lead.count({ where: { convertedAccountId: accountId } }),
    splits: await db.accountOwnerSplit.count({ where: { accountId } }),
  };
}

async function contactRelations(contactId: string) {
  return {
    opportunities: await db.opportunity.count({ where: { contactId } }),
    activities: await db.activity.count({ where: { contactId } }),
    serviceCases: await db.serviceCase.count({ where: { contactId } }),
    convertedLeads: await db.lead.count({ where: { convertedContactId: contactId } }),
  };
}

beforeEach(async () => {
  await createCompany();
});

describe("account merge", () => {
  async function world() {
    const stages = await createStages();
    const team = await createTeam();
    const rep = await createActor("sales", { teamId: team.id });
    const partner = await createActor("sales", { teamId: team.id });
    const third = await createActor("sales", { teamId: team.id });
    const survivor = await createAccountRow({ ownerId: rep.id, name: "Huasheng Trading", splits: [{ userId: partner.id, percentBp: 3000 }] });
    const merged = await createAccountRow({ ownerId: rep.id, name: "Huasheng Trading Co., Ltd.", splits: [{ userId: partner.id, percentBp: 2000 }, { userId: third.id, percentBp: 5000 }] });
    await db.account.update({ where: { id: merged.id }, data: { taxId: "91310000MA1FL0001X", industry: "Machinery" } });
    const keep = await createContactRow({ accountId: survivor.id, ownerId: rep.id });
    await db.contact.update({ where: { id: keep.id }, data: { isPrimary: true } });
    const c1 = await createContactRow({ accountId: merged.id, ownerId: rep.id });
    const c2 = await createContactRow({ accountId: merged.id, ownerId: rep.id });
    await db.contact.update({ where: { id: c1.id }, data: { isPrimary: true } });
    for (let i = 0; i < 3; i++) await createOpportunityRow({ accountId: merged.id, ownerId: rep.id, stageId: stages.prospecting });
    await createOpportunityRow({ accountId: survivor.id, ownerId: rep.id, stageId: stages.prospecting });
    for (let i = 0; i < 4; i++) await activityRow(rep.id, { accountId: merged.id });
    await serviceCaseRow(rep.id, merged.id, c2.id);
    await serviceCaseRow(rep.id, merged.id);
    const lead = await leadRow(rep.id, { status: "converted" });
    await db.lead.update({ where: { id: lead.id }, data: { convertedAccountId: merged.id, convertedContactId: c1.id } });
    return { rep, partner, third, survivor, merged, keep, c1, c2 };
  }

  it("moves every related record, takes the chosen values, deletes and redirects the merged account", async () => {
    const { rep, partner, third, survivor, merged, keep, c1 } = await world();
    const before = { survivor: await accountRelations(survivor.id), merged: await accountRelations(merged.id) };
    expect(before.merged).toEqual({ contacts: 2, opportunities: 3, activities: 4, serviceCases: 2, convertedLeads: 1, splits: 2 });

    const result = await mergeAccounts({ actor: rep, input: { type: "account", survivorId: survivor.id, mergedId: merged.id, choices: { taxId: "merged", industry: "merged", code: "merged" } } });
    expect(result.survivorId).toBe(survivor.id);

    const after = await accountRelations(survivor.id);
    expect(after.contacts).toBe(before.survivor.contacts + before.merged.contacts);
    expect(after.opportunities).toBe(before.survivor.opportunities + before.merged.opportunities);
    expect(after.activities).toBe(before.survivor.activities + before.merged.activities);
    expect(after.serviceCases).toBe(before.survivor.serviceCases + before.merged.serviceCases);
    expect(after.convertedLeads).toBe(before.survivor.convertedLeads + before.merged.convertedLeads);
    // partner already splits the survivor (kept at 30 %); third's 50 % fits (30 + 50 ≤ 100).
    const splits = await db.accountOwnerSplit.findMany({ where: { accountId: survivor.id }, orderBy: { percentBp: "asc" }, select: { userId: true, percentBp: true } });
    expect(splits).toEqual([{ userId: partner.id, percentBp: 3000 }, { userId: third.id, percentBp: 5000 }]);

    expect(await db.account.findUnique({ where: { id: merged.id } })).toBeNull();
    const row = await db.account.findUniqueOrThrow({ where: { id: survivor.id } });
    expect(row).toMatchObject({ name: "Huasheng Trading", code: merged.code, taxId: "91310000MA1FL0001X", industry: "Machinery" });
    // One primary contact: the survivor's.
    const primaries = await db.contact.findMany({ where: { accountId: survivor.id, isPrimary: true }, select: { id: true } });
    expect(primaries.map((p) => p.id)).toEqual([keep.id]);
    expect((await db.contact.findUniqueOrThrow({ where: { id: c1.id } })).isPrimary).toBe(false);

    expect(await findMergeRedirect("account", merged.id)).toBe(survivor.id);
    const audit = await db.auditEntry.findFirstOrThrow({ where: { action: "merge", entityType: "Account", entityId: survivor.id } });
    expect(JSON.parse(audit.after ?? "{}")).toMatchObject({ mergedId: merged.id, moved: { contacts: 2, opportunities: 3, activities: 4, serviceCases: 2, convertedLeads: 1 } });
  });

  it("an owner change moves the contacts' owner with it; a chain of merges redirects in one hop", async () => {
    const team = await createTeam();
    const manager = await createActor("manager", { teamId: team.id });
    const rep = await createActor("sales", { teamId: team.id });
    const a = await createAccountRow({ ownerId: manager.id, name: "Chain A" });
    const b = await createAccountRow({ ownerId: rep.id, name: "Chain B" });
    const c = await createAccountRow({ ownerId: rep.id, name: "Chain C" });
    await createContactRow({ accountId: a.id, ownerId: manager.id });
    await mergeAccounts({ actor: manager, input: { type: "account", survivorId: b.id, mergedId: a.id, choices: {} } });
    expect(await db.contact.count({ where: { accountId: b.id, ownerId: rep.id } })).toBe(1);
    await mergeAccounts({ actor: manager, input: { type: "account", survivorId: c.id, mergedId: b.id, choices: { ownerId: "survivor" } } });
    expect(await findMergeRedirect("account", a.id)).toBe(c.id);
    expect(await findMergeRedirect("account", b.id)).toBe(c.id);
  });

  it("drops a split that would pass 100 % and records it", async () => {
    const rep = await createActor("sales");
    const x = await createActor("sales");
    const y = await createActor("sales");
    const survivor = await createAccountRow({ ownerId: rep.id, splits: [{ userId: x.id, percentBp: 8000 }] });
    const merged = await createAccountRow({ ownerId: rep.id, splits: [{ userId: y.id, percentBp: 5000 }] });
    await mergeAccounts({ actor: rep, input: { type: "account", survivorId: survivor.id, mergedId: merged.id, choices: {} } });
    expect(await db.accountOwnerSplit.count({ where: { accountId: survivor.id } })).toBe(1);
    const audit = await db.auditEntry.findFirstOrThrow({ where: { action: "merge", entityId: survivor.id } });
    expect(JSON.parse(audit.after ?? "{}").droppedSplits).toEqual([{ userId: y.id, percentBp: 5000 }]);
  });

  it("rep A cannot merge rep B's account, either way round, and nothing changes", async () => {
    const repA = await createActor("sales");
    const repB = await createActor("sales");
    const mine = await createAccountRow({ ownerId: repA.id });
    const theirs = await createAccountRow({ ownerId: repB.id });
    await createContactRow({ accountId: theirs.id, ownerId: repB.id });
    expect(await rejection(mergeAccounts({ actor: repA, input: { type: "account", survivorId: mine.id, mergedId: theirs.id, choices: {} } }))).toBeInstanceOf(NotFoundError);
    expect(await rejection(mergeAccounts({ actor: repA, input: { type: "account", survivorId: theirs.id, mergedId: mine.id, choices: {} } }))).toBeInstanceOf(NotFoundError);
    expect(await db.account.count({ where: { id: { in: [mine.id, theirs.id] } } })).toBe(2);
    expect(await db.contact.count({ where: { accountId: theirs.id } })).toBe(1);
    expect(await db.mergeRedirect.count({ where: { fromId: { in: [mine.id, theirs.id] } } })).toBe(0);
    expect(await rejection(mergeAccounts({ actor: repA, input: { type: "account", survivorId: mine.id, mergedId: mine.id, choices: {} } }))).toBeInstanceOf(AppError);
  });

  it("a rep cannot hand the survivor to an owner they may not assign", async () => {
    const repA = await createActor("sales");
    const repB = await createActor("sales");
    const mine = await createAccountRow({ ownerId: repA.id });
    // Shared with A by a split, owned by B: visible to A, but A may not make B the owner of A's account.
    const shared = await createAccountRow({ ownerId: repB.id, splits: [{ userId: repA.id, percentBp: 1000 }] });
    const error = await rejection(mergeAccounts({ actor: repA, input: { type: "account", survivorId: mine.id, mergedId: shared.id, choices: { ownerId: "merged" } } }));
    expect(error).toMatchObject({ field: "ownerId" });
    expect(await db.account.count({ where: { id: shared.id } })).toBe(1);
  });

  it("concurrent opposite merges: exactly one wins, nothing is lost", async () => {
    const rep = await createActor("manager");
    const pairs = [];
    for (let i = 0; i < 4; i++) {
      const a = await createAccountRow({ ownerId: rep.id });
      const b = await createAccountRow({ ownerId: rep.id });
      for (const id of [a.id, b.id]) await createContactRow({ accountId: id, ownerId: rep.id });
      pairs.push([a.id, b.id]);
    }
    const calls = pairs.flatMap(([a, b]) => [
      mergeAccounts({ actor: rep, input: { type: "account", survivorId: a, mergedId: b, choices: {} } }),
      mergeAccounts({ actor: rep, input: { type: "account", survivorId: b, mergedId: a, choices: {} } }),
    ]);
    const settled = await Promise.allSettled(calls);
    expect(settled.filter((s) => s.status === "fulfilled")).toHaveLength(4);
    for (const s of settled) if (s.status === "rejected") expect(s.reason).toBeInstanceOf(NotFoundError);
    for (const [a, b] of pairs) {
      const left = await db.account.findMany({ where: { id: { in: [a, b] } }, select: { id: true } });
      expect(left).toHaveLength(1);
      expect(await db.contact.count({ where: { accountId: left[0].id } })).toBe(2);
    }
  });
});

describe("contact and lead merge", () => {
  it("moves a contact's opportunities, activities, cases and lead links", async () => {
    const stages = await createStages();
    const rep = await createActor("sales");
    const account = await createAccountRow({ ownerId: rep.id });
    const other = await createAccountRow({ ownerId: rep.id });
    const survivor = await createContactRow({ accountId: account.id, ownerId: rep.id, email: "li.wei@example.com" });
    const merged = await createContactRow({ accountId: other.id, ownerId: rep.id, email: "liwei@work.example" });
    const opp = await createOpportunityRow({ accountId: other.id, ownerId: rep.id, stageId: stages.prospecting });
    await db.opportunity.update({ where: { id: opp.id }, data: { contactId: merged.id } });
    for (let i = 0; i < 2; i++) await activityRow(rep.id, { contactId: merged.id });
    await serviceCaseRow(rep.id, other.id, merged.id);
    const lead = await leadRow(rep.id, { status: "converted" });
    await db.lead.update({ where: { id: lead.id }, data: { convertedContactId: merged.id } });
    const before = await contactRelations(merged.id);
    expect(before).toEqual({ opportunities: 1, activities: 2, serviceCases: 1, convertedLeads: 1 });

    await mergeContacts({ actor: rep, input: { type: "contact", survivorId: survivor.id, mergedId: merged.id, choices: { email: "merged", accountId: "merged" } } });
    expect(await contactRelations(survivor.id)).toEqual(before);
    expect(await db.contact.findUnique({ where: { id: merged.id } })).toBeNull();
    expect(await db.contact.findUniqueOrThrow({ where: { id: survivor.id } })).toMatchObject({ email: "liwei@work.example", accountId: other.id });
    expect(await findMergeRedirect("contact", merged.id)).toBe(survivor.id);
  });

  it("rep A cannot merge rep B's contact or lead", async () => {
    const repA = await createActor("sales");
    const repB = await createActor("sales");
    const a = await createContactRow({ accountId: (await createAccountRow({ ownerId: repA.id })).id, ownerId: repA.id });
    const b = await createContactRow({ accountId: (await createAccountRow({ ownerId: repB.id })).id, ownerId: repB.id });
    expect(await rejection(mergeContacts({ actor: repA, input: { type: "contact", survivorId: a.id, mergedId: b.id, choices: {} } }))).toBeInstanceOf(NotFoundError);
    const la = await leadRow(repA.id);
    const lb = await leadRow(repB.id);
    expect(await rejection(mergeLeads({ actor: repA, input: { type: "lead", survivorId: la.id, mergedId: lb.id, choices: {} } }))).toBeInstanceOf(NotFoundError);
    expect(await db.contact.count({ where: { id: b.id } })).toBe(1);
    expect(await db.lead.count({ where: { id: lb.id } })).toBe(1);
  });

  it("merges leads with their activities; converted leads are refused", async () => {
    const rep = await createActor("sales");
    const survivor = await leadRow(rep.id, { email: "a@lead.example" });
    const merged = await leadRow(rep.id, { phone: "13800138000" });
    for (let i = 0; i < 3; i++) await activityRow(rep.id, { leadId: merged.id });
    await mergeLeads({ actor: rep, input: { type: "lead", survivorId: survivor.id, mergedId: merged.id, choices: { phone: "merged" } } });
    expect(await db.activity.count({ where: { leadId: survivor.id } })).toBe(3);
    expect(await db.lead.findUniqueOrThrow({ where: { id: survivor.id } })).toMatchObject({ email: "a@lead.example", phone: "13800138000" });
    expect(await findMergeRedirect("lead", merged.id)).toBe(survivor.id);
    const converted = await leadRow(rep.id, { status: "converted" });
    expect(await rejection(mergeLeads({ actor: rep, input: { type: "lead", survivorId: survivor.id, mergedId: converted.id, choices: {} } }))).toMatchObject({ key: "duplicates.leadConverted" });
  });
});

describe("likely duplicates", () => {
  it("finds accounts by tax id and similar name, only within the actor's scope", async () => {
    const repA = await createActor("sales");
    const repB = await createActor("sales");
    const mine = await createAccountRow({ ownerId: repA.id, name: "上海华联贸易有限公司" });
    await db.account.update({ where: { id: mine.id }, data: { taxId: "91310000MA1FL0002Y" } });
    const other = await createAccountRow({ ownerId: repA.id, name: "Acme Trading Co., Ltd." });
    const theirs = await createAccountRow({ ownerId: repB.id, name: "上海华联贸易股份有限公司" });
    await createAccountRow({ ownerId: repA.id, name: "上海华联商贸有限公司" });

    const byName = await findLikelyDuplicates({ actor: repA, input: { type: "account", name: "上海华联贸易公司", taxId: "", excludeId: "" } });
    expect(byName.map((d) => d.id)).toEqual([mine.id]);
    expect(byName[0].reasons).toEqual(["name"]);
    const byTax = await findLikelyDuplicates({ actor: repA, input: { type: "account", name: "Something else", taxId: "91310000-ma1fl0002y", excludeId: "" } });
    expect(byTax.map((d) => [d.id, d.reasons])).toEqual([[mine.id, ["taxId"]]]);
    const latin = await findLikelyDuplicates({ actor: repA, input: { type: "account", name: "ACME trading inc", taxId: "", excludeId: "" } });
    expect(latin.map((d) => d.id)).toEqual([other.id]);
    // The record being edited is not its own duplicate; rep B's account is never shown.
    expect(await findLikelyDuplicates({ actor: repA, input: { type: "account", name: "Acme Trading", taxId: "", excludeId: other.id } })).toEqual([]);
    const forB = await findLikelyDuplicates({ actor: repB, input: { type: "account", name: "上海华联贸易", taxId: "91310000MA1FL0002Y", excludeId: "" } });
    expect(forB.map((d) => d.id)).toEqual([theirs.id]);
  });

  it("finds contacts by email, phone in another spelling, and name at the same account", async () => {
    const rep = await createActor("sales");
    const account = await createAccountRow({ ownerId: rep.id });
    const byEmail = await createContactRow({ accountId: account.id, ownerId: rep.id, email: "wang@example.com", name: "Wang Fang" });
    const byPhone = await createContactRow({ accountId: account.id, ownerId: rep.id, name: "Zhao Lei" });
    await db.contact.update({ where: { id: byPhone.id }, data: { mobile: "138-0013-8000" } });
    const found = await findLikelyDuplicates({ actor: rep, input: { type: "contact", accountId: account.id, name: "wang  fang", email: "WANG@example.com", phone: "", mobile: "+86 13800138000", excludeId: "" } });
    expect(found.find((d) => d.id === byEmail.id)?.reasons.sort()).toEqual(["email", "nameAtAccount"]);
    expect(found.find((d) => d.id === byPhone.id)?.reasons).toEqual(["phone"]);
  });

  it("a lead matches other leads, existing contacts and accounts", async () => {
    const rep = await createActor("sales");
    const account = await createAccountRow({ ownerId: rep.id, name: "Blue River Foods" });
    const contact = await createContactRow({ accountId: account.id, ownerId: rep.id, email: "chen@blueriver.example" });
    const lead = await leadRow(rep.id, { email: "chen@blueriver.example" });
    const found = await findLikelyDuplicates({ actor: rep, input: { type: "lead", personName: "Chen", company: "Blue River Foods Ltd", email: "chen@blueriver.example", phone: "", excludeId: "" } });
    expect(found.map((d) => `${d.type}:${d.id}`).sort()).toEqual([`account:${account.id}`, `contact:${contact.id}`, `lead:${lead.id}`].sort());
  });
});

describe("duplicate finder", () => {
  it("pairs accounts by tax id and similar names, contacts by email/phone/name, leads by email — in scope only", async () => {
    const repA = await createActor("sales");
    const repB = await createActor("sales");
    const t1 = await createAccountRow({ ownerId: repA.id, name: "Finder Alpha" });
    const t2 = await createAccountRow({ ownerId: repA.id, name: "Different Name" });
    for (const id of [t1.id, t2.id]) await db.account.update({ where: { id }, data: { taxId: "FINDERTAX1" } });
    const n1 = await createAccountRow({ ownerId: repA.id, name: "Zephyr Logistics Co., Ltd." });
    const n2 = await createAccountRow({ ownerId: repA.id, name: "ZEPHYR LOGISTICS" });
    await createAccountRow({ ownerId: repA.id, name: "Zephyr Bakery" });
    const b1 = await createAccountRow({ ownerId: repB.id, name: "Zephyr Logistics Inc" });

    const accounts = await findDuplicatePairs({ actor: repA, type: "account", page: 1 });
    const key = (p: { a: { id: string }; b: { id: string } }) => [p.a.id, p.b.id].sort().join(":");
    const keys = accounts.rows.map(key);
    expect(keys).toContain([t1.id, t2.id].sort().join(":"));
    expect(keys).toContain([n1.id, n2.id].sort().join(":"));
    expect(accounts.rows.flatMap((p) => [p.a.id, p.b.id])).not.toContain(b1.id);
    expect(accounts.total).toBe(2);

    const c1 = await createContactRow({ accountId: t1.id, ownerId: repA.id, email: "dup@finder.example" });
    const c2 = await createContactRow({ accountId: n1.id, ownerId: repA.id, email: "dup@finder.example" });
    await createContactRow({ accountId: b1.id, ownerId: repB.id, email: "dup@finder.example" });
    const contacts = await findDuplicatePairs({ actor: repA, type: "contact", page: 1 });
    expect(contacts.rows.map(key)).toEqual([[c1.id, c2.id].sort().join(":")]);
    expect(contacts.rows[0].reasons).toEqual(["email"]);

    const l1 = await leadRow(repA.id, { email: "same@lead.example" });
    const l2 = await leadRow(repA.id, { email: "same@lead.example" });
    await leadRow(repA.id, { email: "same@lead.example", status: "converted" });
    await leadRow(repB.id, { email: "same@lead.example" });
    const leads = await findDuplicatePairs({ actor: repA, type: "lead", page: 1 });
    expect(leads.rows.map(key)).toEqual([[l1.id, l2.id].sort().join(":")]);

    const admin = await createActor("admin");
    const all = await findDuplicatePairs({ actor: admin, type: "account", page: 1 });
    expect(all.rows.flatMap((p) => [p.a.id, p.b.id])).toContain(b1.id);
  });
});
