import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { dbKind } from "@/lib/db/client";
import { AppError, FieldError, NotFoundError } from "@/lib/errors";
import { searchRecords } from "@/lib/search/search-records";
import { parseTableParams } from "@/lib/table/params";
import { createProductRow } from "@/lib/testing/catalog-factories";
import { createAccountRow, createContactRow } from "@/lib/testing/crm-factories";
import { createActor, createCompany, createTeam } from "@/lib/testing/factories";
import type { ServiceCaseCreateInput } from "@/lib/validation/service";
import { changeServiceCaseStatus } from "./change-service-case-status";
import { createServiceCase } from "./create-service-case";
import { findCareCases } from "./find-care-cases";
import { findFaultAnalysis } from "./find-fault-analysis";
import { findServiceCase } from "./find-service-case";
import { findAccountServiceCases, findServiceCases, findServiceCasesBatch } from "./find-service-cases";
import { SERVICE_CASES_TABLE } from "./service-cases-table";
import { updateServiceCase } from "./update-service-case";
import { updateServiceCaseCare } from "./update-service-case-care";

const params = (raw: Record<string, string> = {}) => parseTableParams(SERVICE_CASES_TABLE, raw);

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => null,
    (e: unknown) => e,
  );
}

function input(accountId: string, ownerId: string, changes: Partial<ServiceCaseCreateInput> = {}): ServiceCaseCreateInput {
  return { accountId, contactId: null, productId: null, productText: "", category: "fault", severity: "medium", subject: "Pump leaks", description: "", ownerId, ...changes };
}

const status = (id: string, to: "open" | "in_progress" | "resolved" | "closed", changes: { resolution?: string; rootCause?: "" | "wear" | "design"; reason?: string } = {}) => ({
  id,
  status: to,
  resolution: changes.resolution ?? "",
  rootCause: changes.rootCause ?? "",
  reason: changes.reason ?? "",
});

beforeEach(async () => {
  await createCompany();
});

async function world() {
  const east = await createTeam();
  const south = await createTeam();
  const manager = await createActor("manager");
  await db.team.update({ where: { id: east.id }, data: { managerId: manager.id } });
  const repA = await createActor("sales", { teamId: east.id });
  const repC = await createActor("sales", { teamId: east.id });
  const repB = await createActor("sales", { teamId: south.id });
  const accountA = await createAccountRow({ ownerId: repA.id, name: "Alpha Pumps" });
  const accountB = await createAccountRow({ ownerId: repB.id, name: "Beta Valves" });
  return { manager, repA, repB, repC, accountA, accountB };
}

describe(`service case scopes on ${dbKind}`, () => {
  it("rep A gets NotFound on rep B's case for read, update, status, care, list and export", async () => {
    const { repA, repB, accountA, accountB } = await world();
    const a = await createServiceCase({ actor: repA, input: input(accountA.id, repA.id, { subject: "Alpha case" }) });
    const b = await createServiceCase({ actor: repB, input: input(accountB.id, repB.id, { subject: "Beta case" }) });
    expect(a.number).toMatch(/^CS-\d{4}-\d{5}$/);

    expect(await rejection(findServiceCase({ actor: repA, id: b.id }))).toBeInstanceOf(NotFoundError);
    expect(await rejection(updateServiceCase({ actor: repA, input: { id: b.id, ...input(accountA.id, repA.id) } }))).toBeInstanceOf(NotFoundError);
    expect(await rejection(changeServiceCaseStatus({ actor: repA, input: status(b.id, "in_progress") }))).toBeInstanceOf(NotFoundError);
    expect(await rejection(updateServiceCaseCare({ actor: repA, input: { id: b.id, satisfaction: 5, followUpDate: "" } }))).toBeInstanceOf(NotFoundError);
    // Nor open a case on B's account.
    expect(await rejection(createServiceCase({ actor: repA, input: input(accountB.id, repA.id) }))).toBeInstanceOf(NotFoundError);

    expect((await findServiceCases({ actor: repA, params: params() })).rows.map((r) => r.subject)).toEqual(["Alpha case"]);
    expect((await findServiceCases({ actor: repA, params: params({ owner: repB.id }) })).total).toBe(0);
    expect((await findServiceCasesBatch({ actor: repA, params: params(), cursor: null, take: 100 })).map((r) => r.id)).toEqual([a.id]);
    expect((await findAccountServiceCases({ actor: repA, accountId: accountB.id })).total).toBe(0);
    // Nor in the command menu's search, by number or subject.
    const numberB = (await db.serviceCase.findUniqueOrThrow({ where: { id: b.id }, select: { number: true } })).number;
    expect((await searchRecords({ actor: repA, query: numberB })).filter((h) => h.kind === "serviceCase")).toEqual([]);
    expect((await searchRecords({ actor: repA, query: "Beta case" })).filter((h) => h.kind === "serviceCase")).toEqual([]);
    expect((await searchRecords({ actor: repB, query: "Beta case" })).filter((h) => h.kind === "serviceCase").map((h) => h.id)).toEqual([b.id]);

    const b2 = await db.serviceCase.findUniqueOrThrow({ where: { id: b.id }, select: { status: true, subject: true, satisfaction: true } });
    expect(b2).toEqual({ status: "open", subject: "Beta case", satisfaction: null });
    expect(await db.auditEntry.count({ where: { entityType: "ServiceCase", entityId: b.id } })).toBe(1);
  });

  it("a case is visible to its owner and to whoever sees its account (the documented OR rule)", async () => {
    const { manager, repA, repB, repC, accountA } = await world();
    // The manager hands a case on rep A's account to rep C.
    const c = await createServiceCase({ actor: manager, input: input(accountA.id, repC.id, { subject: "Handled by C" }) });
    expect((await findServiceCase({ actor: repA, id: c.id })).owner.id).toBe(repC.id);
    expect((await findServiceCase({ actor: repC, id: c.id })).account.id).toBe(accountA.id);
    expect(await rejection(findServiceCase({ actor: repB, id: c.id }))).toBeInstanceOf(NotFoundError);
    // A rep may not assign a case to someone else.
    expect(await rejection(createServiceCase({ actor: repA, input: input(accountA.id, repC.id) }))).toMatchObject({ field: "ownerId" });
    const row = await db.serviceCase.findUniqueOrThrow({ where: { id: c.id }, select: { teamId: true } });
    expect(row.teamId).toBe(repC.teamId);
  });
});

describe(`service case references on ${dbKind}`, () => {
  it("refuses a contact of another account and a product group, writing nothing", async () => {
    const { repA, accountA } = await world();
    const other = await createAccountRow({ ownerId: repA.id });
    const stranger = await createContactRow({ accountId: other.id, ownerId: repA.id });
    const group = await createProductRow({ kind: "group" });
    const simple = await createProductRow();
    expect(await rejection(createServiceCase({ actor: repA, input: input(accountA.id, repA.id, { contactId: stranger.id }) }))).toMatchObject({ field: "contactId" });
    expect(await rejection(createServiceCase({ actor: repA, input: input(accountA.id, repA.id, { productId: group.id }) }))).toMatchObject({ field: "productId" });
    expect(await db.serviceCase.count({ where: { accountId: accountA.id } })).toBe(0);
    const ok = await createServiceCase({ actor: repA, input: input(accountA.id, repA.id, { productId: simple.id }) });
    expect((await findServiceCase({ actor: repA, id: ok.id })).product?.sku).toBe(simple.sku);
  });
});

describe(`service case status rules on ${dbKind}`, () => {
  it("resolving needs a resolution and, for a fault, a root cause; refused moves write nothing", async () => {
    const { repA, accountA } = await world();
    const { id } = await createServiceCase({ actor: repA, input: input(accountA.id, repA.id) });
    const audits = () => db.auditEntry.count({ where: { entityType: "ServiceCase", entityId: id } });

    expect(await rejection(changeServiceCaseStatus({ actor: repA, input: status(id, "closed") }))).toMatchObject({ field: "status" });
    expect(await rejection(changeServiceCaseStatus({ actor: repA, input: status(id, "resolved", { rootCause: "wear" }) }))).toMatchObject({ field: "resolution" });
    expect(await rejection(changeServiceCaseStatus({ actor: repA, input: status(id, "resolved", { resolution: "Replaced the seal" }) }))).toMatchObject({ field: "rootCause" });
    let row = await db.serviceCase.findUniqueOrThrow({ where: { id } });
    expect([row.status, row.resolution, row.rootCause, row.resolvedAt]).toEqual(["open", "", "", null]);
    expect(await audits()).toBe(1);
    // Care belongs to finished cases.
    expect(await rejection(updateServiceCaseCare({ actor: repA, input: { id, satisfaction: 4, followUpDate: "" } }))).toBeInstanceOf(FieldError);

    await changeServiceCaseStatus({ actor: repA, input: status(id, "in_progress") });
    const resolvedAt = new Date("2026-11-02T03:00:00Z");
    await changeServiceCaseStatus({ actor: repA, input: status(id, "resolved", { resolution: "Replaced the seal", rootCause: "wear" }), now: resolvedAt });
    row = await db.serviceCase.findUniqueOrThrow({ where: { id } });
    expect([row.status, row.resolution, row.rootCause, row.resolvedAt?.toISOString(), row.closedAt]).toEqual(["resolved", "Replaced the seal", "wear", resolvedAt.toISOString(), null]);

    await updateServiceCaseCare({ actor: repA, input: { id, satisfaction: 4, followUpDate: "2026-12-01" } });
    await changeServiceCaseStatus({ actor: repA, input: status(id, "closed") });
    row = await db.serviceCase.findUniqueOrThrow({ where: { id } });
    expect(row.closedAt).not.toBeNull();
    expect(row.resolvedAt?.toISOString()).toBe(resolvedAt.toISOString());
    expect([row.satisfaction, row.followUpDate]).toEqual([4, "2026-12-01"]);

    // Reopening needs a reason; it clears the timestamps and keeps the earlier resolution.
    expect(await rejection(changeServiceCaseStatus({ actor: repA, input: status(id, "in_progress") }))).toMatchObject({ field: "reason" });
    expect((await db.serviceCase.findUniqueOrThrow({ where: { id } })).status).toBe("closed");
    await changeServiceCaseStatus({ actor: repA, input: status(id, "in_progress", { reason: "Leaks again" }) });
    row = await db.serviceCase.findUniqueOrThrow({ where: { id } });
    expect([row.status, row.resolvedAt, row.closedAt, row.resolution]).toEqual(["in_progress", null, null, "Replaced the seal"]);
    const reopen = await db.auditEntry.findFirstOrThrow({ where: { entityType: "ServiceCase", entityId: id, action: "reopen" } });
    expect(JSON.parse(reopen.after ?? "{}")).toMatchObject({ status: "in_progress", reason: "Leaks again" });
    // Re-resolving may reuse the resolution and root cause already on the case.
    await changeServiceCaseStatus({ actor: repA, input: status(id, "resolved") });
    expect((await db.serviceCase.findUniqueOrThrow({ where: { id } })).status).toBe("resolved");
  });

  it("a non-fault case resolves without a root cause; editing a finished case into a fault without one is refused", async () => {
    const { repA, accountA } = await world();
    const { id } = await createServiceCase({ actor: repA, input: input(accountA.id, repA.id, { category: "enquiry" }) });
    await changeServiceCaseStatus({ actor: repA, input: status(id, "resolved", { resolution: "Explained the settings" }) });
    expect(await rejection(updateServiceCase({ actor: repA, input: { id, ...input(accountA.id, repA.id, { category: "fault" }) } }))).toMatchObject({ field: "category" });
    expect((await updateServiceCase({ actor: repA, input: { id, ...input(accountA.id, repA.id, { category: "enquiry", severity: "high" }) } })).changed).toBe(true);
    expect((await updateServiceCase({ actor: repA, input: { id, ...input(accountA.id, repA.id, { category: "enquiry", severity: "high" }) } })).changed).toBe(false);
  });

  it("many concurrent moves of one case: exactly one wins, one audit entry", async () => {
    const { repA, accountA } = await world();
    const { id } = await createServiceCase({ actor: repA, input: input(accountA.id, repA.id) });
    const results = await Promise.allSettled(
      Array.from({ length: 8 }, () => changeServiceCaseStatus({ actor: repA, input: status(id, "resolved", { resolution: "Fixed", rootCause: "design" }) })),
    );
    const changed = results.filter((r) => r.status === "fulfilled" && r.value.changed).length;
    expect(changed).toBe(1);
    for (const r of results) if (r.status === "rejected") expect(r.reason).toBeInstanceOf(AppError);
    expect(await db.auditEntry.count({ where: { entityType: "ServiceCase", entityId: id, action: "status" } })).toBe(1);
  });

  it("concurrent creates get distinct numbers", async () => {
    const { repA, accountA } = await world();
    const created = await Promise.all(Array.from({ length: 10 }, (_, i) => createServiceCase({ actor: repA, input: input(accountA.id, repA.id, { subject: `Case ${i}` }) })));
    expect(new Set(created.map((c) => c.number)).size).toBe(10);
  });
});

describe(`customer care and fault analysis on ${dbKind}`, () => {
  it("lists the actor's due follow-ups and filters overdue ones", async () => {
    const { repA, accountA } = await world();
    const now = new Date("2026-11-30T04:00:00Z");
    const make = async (followUpDate: string) => {
      const { id } = await createServiceCase({ actor: repA, input: input(accountA.id, repA.id, { category: "care_visit", subject: `Care ${followUpDate}` }) });
      await changeServiceCaseStatus({ actor: repA, input: status(id, "resolved", { resolution: "Visited" }) });
      await updateServiceCaseCare({ actor: repA, input: { id, satisfaction: 5, followUpDate } });
    };
    await make("2026-11-20");
    await make("2026-11-30");
    await make("2026-12-05");
    await make("2027-03-01");
    const care = await findCareCases({ actor: repA, now });
    expect([care.overdue.length, care.due.length, care.upcoming.length]).toEqual([1, 1, 1]);
    const due = await findServiceCases({ actor: repA, params: params({ followUp: "due" }), now });
    expect(due.rows.map((r) => r.followUpDate).sort()).toEqual(["2026-11-20", "2026-11-30"]);
  });

  it("counts cases by category, root cause, product and month, only within the actor's scope", async () => {
    const { manager, repA, repB, accountA, accountB } = await world();
    const product = await createProductRow();
    const now = new Date("2026-11-30T04:00:00Z");
    const plan = [
      { category: "fault", rootCause: "wear", openedAt: "2026-11-10T02:00:00Z", productId: product.id },
      { category: "fault", rootCause: "design", openedAt: "2026-10-03T02:00:00Z", productId: product.id },
      { category: "fault", rootCause: "wear", openedAt: "2026-06-15T02:00:00Z", productText: "Old mixer" },
      { category: "installation", rootCause: "", openedAt: "2026-06-16T02:00:00Z" },
      { category: "complaint", rootCause: "", openedAt: "2026-02-01T02:00:00Z" },
      // Before the 12-month window: not counted by default.
      { category: "fault", rootCause: "wear", openedAt: "2025-10-01T02:00:00Z" },
    ] as const;
    for (const p of plan) {
      const { id } = await createServiceCase({
        actor: repA,
        input: input(accountA.id, repA.id, { category: p.category, productId: "productId" in p ? p.productId : null, productText: "productText" in p ? p.productText : "" }),
        now: new Date(p.openedAt),
      });
      if (p.rootCause) await changeServiceCaseStatus({ actor: repA, input: status(id, "resolved", { resolution: "Done", rootCause: p.rootCause }) });
    }
    // Rep B's case is never in rep A's or the manager's numbers.
    await createServiceCase({ actor: repB, input: input(accountB.id, repB.id), now: new Date("2026-11-11T00:00:00Z") });

    const a = await findFaultAnalysis({ actor: repA, filters: {}, now });
    expect(a.total).toBe(5);
    expect(Object.fromEntries(a.byCategory.map((r) => [r.key, r.count]))).toEqual({ fault: 3, installation: 1, complaint: 1, enquiry: 0, care_visit: 0 });
    expect(a.byRootCause).toEqual([{ key: "wear", count: 2 }, { key: "design", count: 1 }]);
    expect(a.byProduct.map((r) => [r.product?.sku ?? r.text, r.count])).toEqual([[product.sku, 2], ["Old mixer", 1]]);
    expect(a.overTime).toHaveLength(12);
    expect(a.overTime[11]).toMatchObject({ month: "2026-11", total: 1 });
    expect(a.overTime.find((m) => m.month === "2026-06")?.counts).toMatchObject({ fault: 1, installation: 1 });
    expect(a.overTime.reduce((s, m) => s + m.total, 0)).toBe(5);
    // Every count equals the rows in the database for that scope.
    for (const row of a.byCategory) {
      expect(row.count).toBe(await db.serviceCase.count({ where: { category: row.key, ownerId: repA.id, openedAt: { gte: new Date("2025-11-30T16:00:00Z") } } }));
    }
    expect((await findFaultAnalysis({ actor: manager, filters: {}, now })).total).toBe(5);

    const faults = await findFaultAnalysis({ actor: repA, filters: { category: "fault", from: "2026-10-01", to: "2026-11-30" }, now });
    expect(faults.total).toBe(2);
    expect(faults.overTime.filter((m) => m.total > 0).map((m) => m.month)).toEqual(["2026-10", "2026-11"]);
  });
});
