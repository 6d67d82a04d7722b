import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { writeAudit } from "@/lib/audit/write-audit";
import { db } from "@/lib/db/client";
import { transact } from "@/lib/db/transact";
import { FieldError, NotFoundError } from "@/lib/errors";
import type { LeadAssignmentInput } from "@/lib/validation/leads";

/** The lead assignment settings with the users and teams an admin may choose from. */
export async function findLeadAssignment({ actor }: { actor: Actor }) {
  assertCan(actor, "settings.company.manage");
  const [company, rules, users, teams] = await Promise.all([
    db.company.findUnique({ where: { id: "company" }, select: { leadAssignment: true, leadRoundRobinTeamId: true, leadDefaultOwnerId: true, leadRoundRobinLastUserId: true } }),
    db.leadAssignmentRule.findMany({ select: { region: true, userId: true }, orderBy: { region: "asc" } }),
    db.user.findMany({ where: { active: true, role: { in: ["sales", "manager", "admin"] } }, select: { id: true, name: true, role: true }, orderBy: [{ name: "asc" }, { id: "asc" }] }),
    db.team.findMany({ select: { id: true, name: true, _count: { select: { members: { where: { role: "sales", active: true } } } } }, orderBy: [{ name: "asc" }, { id: "asc" }] }),
  ]);
  if (!company) throw new NotFoundError();
  return { ...company, rules, users, teams: teams.map((t) => ({ id: t.id, name: t.name, salesCount: t._count.members })) };
}

/** Saves the mode, round-robin team, default owner and the region → user table in one step. */
export async function updateLeadAssignment({ actor, input }: { actor: Actor; input: LeadAssignmentInput }): Promise<void> {
  assertCan(actor, "settings.company.manage");
  await transact(async (tx) => {
    const before = await tx.company.findUnique({ where: { id: "company" }, select: { leadAssignment: true, leadRoundRobinTeamId: true, leadDefaultOwnerId: true } });
    if (!before) throw new NotFoundError();
    if (input.mode === "round_robin" && !input.roundRobinTeamId) throw new FieldError("roundRobinTeamId", "required");
    if (input.roundRobinTeamId && !(await tx.team.findUnique({ where: { id: input.roundRobinTeamId }, select: { id: true } }))) throw new FieldError("roundRobinTeamId", "choice");
    const active = async (id: string) => (await tx.user.findFirst({ where: { id, active: true }, select: { id: true } })) !== null;
    if (input.defaultOwnerId && !(await active(input.defaultOwnerId))) throw new FieldError("defaultOwnerId", "choice");
    for (const rule of input.rules) if (!(await active(rule.userId))) throw new FieldError(`rule_${rule.region}`, "choice");

    const beforeRules = await tx.leadAssignmentRule.findMany({ select: { region: true, userId: true }, orderBy: { region: "asc" } });
    const after = { leadAssignment: input.mode, leadRoundRobinTeamId: input.roundRobinTeamId, leadDefaultOwnerId: input.defaultOwnerId };
    await tx.company.update({
      where: { id: "company" },
      // A new team restarts the turn order.
      data: { ...after, ...(input.roundRobinTeamId !== before.leadRoundRobinTeamId ? { leadRoundRobinLastUserId: null } : {}) },
      select: { id: true },
    });
    await tx.leadAssignmentRule.deleteMany({});
    if (input.rules.length) await tx.leadAssignmentRule.createMany({ data: input.rules.map((r) => ({ region: r.region, userId: r.userId })) });
    const rules = [...input.rules].sort((a, b) => a.region.localeCompare(b.region));
    await writeAudit(tx, { actor, action: "update", entityType: "LeadAssignment", entityId: "company", before: { ...before, rules: beforeRules }, after: { ...after, rules } });
  });
}
