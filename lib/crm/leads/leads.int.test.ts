import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { AppError, FieldError, NotFoundError } from "@/lib/errors";
import { parseTableParams } from "@/lib/table/params";
import { rejection } from "@/lib/testing/rejection";
import { createActor, createCompany, createTeam } from "@/lib/testing/factories";
import { convertInput, createLeadRow, leadInput } from "@/lib/testing/lead-factories";
import { LeadCreateInput, LeadStatusInput } from "@/lib/validation/leads";
import { changeLeadStatus } from "./change-lead-status";
import { convertLead } from "./convert-lead";
import { createLead } from "./create-lead";
import { findLead } from "./find-lead";
import { findLeads, findLeadsBatch } from "./find-leads";
import { LEADS_TABLE } from "./leads-table";
import { updateLead } from "./update-lead";

const params = (raw: Record<string, string> = {}) => parseTableParams(LEADS_TABLE, raw);

beforeEach(async () => {
  await createCompany();
});

async function world() {
  const east = await createTeam();
  const shanghai = await createTeam({ parentId: east.id });
  const south = await createTeam();
  const manager = await createActor("manager");
  await db.team.update({ where: { id: east.id }, data: { managerId: manager.id } });
  const repA = await createActor("sales", { teamId: shanghai.id });
  const repB = await createActor("sales", { teamId: south.id });
  return { manager, repA, repB, shanghai };
}

describe("createLead", () => {
  it("numbers leads, copies the owner's team and writes an audit entry", async () => {
    const { repA, shanghai } = await world();
    const first = await createLead({ actor: repA, input: leadInput({ ownerId: repA.id }) });
    const second = await createLead({ actor: repA, input: leadInput({ ownerId: repA.id, personName: "Li Lei" }) });
    const year = new Date().getUTCFullYear();
    expect(first.number).toBe(`L-${year}-00001`);
    expect(second.number).toBe(`L-${year}-00002`);
    const row = await db.lead.findUniqueOrThrow({ where: { id: first.id }, select: { ownerId: true, teamId: true, status: true, score: true } });
    expect(row).toEqual({ ownerId: repA.id, teamId: shanghai.id, status: "new", score: 40 });
    expect(await db.auditEntry.count({ where: { entityType: "Lead", entityId: first.id, action: "create", actorId: repA.id } })).toBe(1);
  });

  it("refuses an owner the rep may not assign, and bad input, writing nothing", async () => {
    const { repA, repB } = await world();
    const leadsBefore = await db.lead.count();
    const auditsBefore = await db.auditEntry.count({ where: { entityType: "Lead" } });
    const error = await rejection(createLead({ actor: repA, input: leadInput({ ownerId: repB.id }) }));
    expect(error).toBeInstanceOf(FieldError);
    expect((error as FieldError).field).toBe("ownerId");
    for (const bad of [{ personName: "" }, { email: "not-an-email" }, { score: "101" }, { score: "-1" }, { rating: "boiling" }, { source: "tv" }, { region: "mars" }]) {
      expect(LeadCreateInput.safeParse({ ...leadInput(), ownerId: "", score: "", ...bad }).success, JSON.stringify(bad)).toBe(false);
    }
    expect(LeadStatusInput.safeParse({ id: "x", status: "disqualified", reason: "  " }).success).toBe(false);
    expect(await db.lead.count()).toBe(leadsBefore);
    expect(await db.auditEntry.count({ where: { entityType: "Lead" } })).toBe(auditsBefore);
  });
});

describe("lead scopes", () => {
  it("rep A gets NotFound on rep B's lead for read, update, status change, convert and export", async () => {
    const { manager, repA, repB } = await world();
    const a = await createLeadRow({ ownerId: repA.id, personName: "Alpha person" });
    const b = await createLeadRow({ ownerId: repB.id, personName: "Beta person", status: "qualified" });

    expect(await rejection(findLead({ actor: repA, id: b.id }))).toBeInstanceOf(NotFoundError);
    expect(await rejection(updateLead({ actor: repA, input: { id: b.id, ...leadInput({ personName: "Hijacked" }) } }))).toBeInstanceOf(NotFoundError);
    expect(await rejection(changeLeadStatus({ actor: repA, input: { id: b.id, status: "disqualified", reason: "mine now" } }))).toBeInstanceOf(NotFoundError);
    expect(await rejection(convertLead({ actor: repA, input: convertInput(b.id) }))).toBeInstanceOf(NotFoundError);

    expect((await findLeads({ actor: repA, params: params() })).rows.map((r) => r.personName)).toEqual(["Alpha person"]);
    expect((await findLeads({ actor: repA, params: params({ owner: repB.id }) })).total).toBe(0);
    expect((await findLeadsBatch({ actor: repA, params: params(), cursor: null, take: 100 })).map((r) => r.id)).toEqual([a.id]);
    // The manager sees their team's lead, not the other team's.
    expect((await findLeads({ actor: manager, params: params() })).rows.map((r) => r.personName)).toEqual(["Alpha person"]);

    const untouched = await db.lead.findUniqueOrThrow({ where: { id: b.id }, select: { personName: true, status: true } });
    expect(untouched).toEqual({ personName: "Beta person", status: "qualified" });
    expect(await db.account.count({ where: { ownerId: { in: [repA.id, repB.id] } } })).toBe(0);
  });

  it("filters and searches within the scope", async () => {
    const { repA } = await world();
    await createLead({ actor: repA, input: leadInput({ ownerId: repA.id, personName: "Zhao Hot", rating: "hot", source: "web" }) });
    await createLead({ actor: repA, input: leadInput({ ownerId: repA.id, personName: "Qian Cold", rating: "cold", company: "Suzhou Pumps" }) });
    expect((await findLeads({ actor: repA, params: params({ rating: "hot" }) })).rows.map((r) => r.personName)).toEqual(["Zhao Hot"]);
    expect((await findLeads({ actor: repA, params: params({ source: "web" }) })).total).toBe(1);
    expect((await findLeads({ actor: repA, params: params({ q: "suzhou" }) })).rows.map((r) => r.personName)).toEqual(["Qian Cold"]);
    expect((await findLeads({ actor: repA, params: params({ status: "new" }) })).total).toBe(2);
  });
});

describe("lead status", () => {
  it("moves new → working → qualified, disqualifies with a reason and reopens", async () => {
    const { repA } = await world();
    const { id } = await createLead({ actor: repA, input: leadInput({ ownerId: repA.id }) });
    await changeLeadStatus({ actor: repA, input: { id, status: "working", reason: "" } });
    await changeLeadStatus({ actor: repA, input: { id, status: "disqualified", reason: "No budget this year" } });
    expect(await db.lead.findUniqueOrThrow({ where: { id }, select: { status: true, disqualifyReason: true } })).toEqual({ status: "disqualified", disqualifyReason: "No budget this year" });
    // Disqualified may only reopen to working.
    const bad = await rejection(changeLeadStatus({ actor: repA, input: { id, status: "qualified", reason: "" } }));
    expect((bad as AppError).key).toBe("leads.badTransition");
    await changeLeadStatus({ actor: repA, input: { id, status: "working", reason: "" } });
    await changeLeadStatus({ actor: repA, input: { id, status: "qualified", reason: "" } });
    expect(await db.lead.findUniqueOrThrow({ where: { id }, select: { status: true, disqualifyReason: true } })).toEqual({ status: "qualified", disqualifyReason: "" });
    expect(await db.auditEntry.count({ where: { entityType: "Lead", entityId: id, action: "status" } })).toBe(4);
  });
});

describe("converted leads are read-only", () => {
  it("refuses edits, status changes and a second convert", async () => {
    const { repA } = await world();
    const lead = await createLeadRow({ ownerId: repA.id, status: "qualified" });
    await convertLead({ actor: repA, input: convertInput(lead.id) });
    const before = await db.lead.findUniqueOrThrow({ where: { id: lead.id } });

    const edit = await rejection(updateLead({ actor: repA, input: { id: lead.id, ...leadInput({ personName: "Changed" }) } }));
    expect((edit as AppError).key).toBe("leads.converted");
    const status = await rejection(changeLeadStatus({ actor: repA, input: { id: lead.id, status: "working", reason: "" } }));
    expect((status as AppError).key).toBe("leads.converted");
    const again = await rejection(convertLead({ actor: repA, input: convertInput(lead.id) }));
    expect((again as AppError).key).toBe("leads.alreadyConverted");

    expect(await db.lead.findUniqueOrThrow({ where: { id: lead.id } })).toEqual(before);
    expect(await db.account.count({ where: { ownerId: repA.id } })).toBe(1);
  });
});
