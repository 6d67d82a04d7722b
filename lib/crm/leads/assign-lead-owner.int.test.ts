import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createActor, createCompany, createTeam, createUser } from "@/lib/testing/factories";
import { leadInput } from "@/lib/testing/lead-factories";
import { createLead } from "./create-lead";
import { createLeadFromEnquiry } from "./create-lead-from-enquiry";
import { updateLeadAssignment } from "./lead-assignment";

beforeEach(async () => {
  await createCompany();
});

describe("lead assignment", () => {
  it("round-robin deals concurrent leads evenly: never two to one rep while others wait", async () => {
    const admin = await createActor("admin");
    const team = await createTeam();
    const reps = await Promise.all([1, 2, 3].map(() => createUser({ role: "sales", teamId: team.id })));
    await createUser({ role: "sales", teamId: team.id, active: false });
    await createUser({ role: "manager", teamId: team.id });
    await updateLeadAssignment({ actor: admin, input: { mode: "round_robin", roundRobinTeamId: team.id, defaultOwnerId: null, rules: [] } });

    const created = await Promise.all(Array.from({ length: 12 }, (_, i) => createLead({ actor: admin, input: leadInput({ personName: `Lead ${i}` }) })));
    const perOwner = new Map<string, number>();
    for (const lead of created) perOwner.set(lead.ownerId, (perOwner.get(lead.ownerId) ?? 0) + 1);
    expect([...perOwner.keys()].sort()).toEqual(reps.map((r) => r.id).sort());
    expect([...perOwner.values()]).toEqual([4, 4, 4]);
    // Leads take the owner's team.
    expect(await db.lead.count({ where: { teamId: team.id } })).toBe(12);
  });

  it("by region, then the default owner, then the first admin", async () => {
    const admin = await createActor("admin");
    const eastRep = await createUser({ role: "sales" });
    const fallback = await createUser({ role: "sales" });
    await updateLeadAssignment({ actor: admin, input: { mode: "region", roundRobinTeamId: null, defaultOwnerId: fallback.id, rules: [{ region: "east", userId: eastRep.id }] } });

    const east = await createLead({ actor: admin, input: leadInput({ region: "east" }) });
    expect(east.ownerId).toBe(eastRep.id);
    // The rule's owner hears about it in the app.
    expect(await db.notification.count({ where: { userId: eastRep.id, kind: "lead_assigned", link: `/app/crm/leads/${east.id}` } })).toBe(1);
    expect((await createLead({ actor: admin, input: leadInput({ region: "south" }) })).ownerId).toBe(fallback.id);
    await db.user.update({ where: { id: fallback.id }, data: { active: false } });
    const firstAdmin = await db.user.findFirstOrThrow({ where: { role: "admin", active: true }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
    expect((await createLead({ actor: admin, input: leadInput({ region: "south" }) })).ownerId).toBe(firstAdmin.id);
    // An explicit owner wins over the rules.
    expect((await createLead({ actor: admin, input: leadInput({ region: "south", ownerId: eastRep.id }) })).ownerId).toBe(eastRep.id);
  });
});

describe("createLeadFromEnquiry", () => {
  it("creates an enquiry lead without an actor, assigned by the rules, and notifies the owner", async () => {
    const admin = await createActor("admin");
    const team = await createTeam();
    const rep = await createUser({ role: "sales", teamId: team.id });
    await updateLeadAssignment({ actor: admin, input: { mode: "round_robin", roundRobinTeamId: team.id, defaultOwnerId: null, rules: [] } });
    const category = await db.category.create({ data: { slug: "pumps", nameZh: "泵", nameEn: "Pumps" }, select: { id: true } });
    const product = await db.product.create({ data: { sku: "P-1", slug: "p-1", nameZh: "泵", nameEn: "Pump", categoryId: category.id }, select: { id: true } });

    const leadsBefore = await db.lead.count();
    const lead = await createLeadFromEnquiry({
      input: { personName: "Visitor", company: "Acme", email: "v@acme.example", phone: "", message: "Need 20 units", productId: product.id, configuration: '{"Motor":"2 kW"}', locale: "en" },
    });
    const row = await db.lead.findUniqueOrThrow({ where: { id: lead.id }, select: { source: true, ownerId: true, productId: true, configuration: true, message: true, number: true } });
    expect(row).toEqual({ source: "enquiry", ownerId: rep.id, productId: product.id, configuration: '{"Motor":"2 kW"}', message: "Need 20 units", number: lead.number });
    const audit = await db.auditEntry.findFirstOrThrow({ where: { entityType: "Lead", entityId: lead.id } });
    expect(audit.actorId).toBeNull();
    expect(await db.notification.count({ where: { userId: rep.id, kind: "lead_assigned", messageKey: "leadAssigned", link: `/app/crm/leads/${lead.id}` } })).toBe(1);
    // The owner also gets an email through the outbox.
    expect(await db.outboxMessage.count({ where: { kind: "email", dedupeKey: `lead-assigned:${lead.id}:${rep.id}` } })).toBe(1);

    await expect(createLeadFromEnquiry({ input: { personName: "V", company: "", email: "v@x.example", phone: "", message: "", productId: "missing", configuration: "", locale: "zh-CN" } })).rejects.toThrow();
    expect(await db.lead.count()).toBe(leadsBefore + 1);
  });
});
