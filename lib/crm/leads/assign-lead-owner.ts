import "server-only";
import type { Tx } from "@/lib/db/client";
import { lockRows } from "@/lib/db/transact";
import { nextRoundRobin } from "@/lib/domain/leads";
import { AppError } from "@/lib/errors";

export type AssignedOwner = { id: string; teamId: string | null };

const USER = { id: true, teamId: true } as const;

/**
 * Chooses the owner of a lead created without one (imports, enquiries), inside the caller's
 * transaction: by region (LeadAssignmentRule) or round-robin among the active sales users of one
 * team; then the company's default owner; then the first active admin.
 *
 * Round-robin under concurrency: the company row is locked (PostgreSQL; SQLite's transaction
 * already holds the write lock) and the pointer moves with a conditional update, so two leads
 * created at the same moment never go to the same rep while the team has several.
 */
export async function assignLeadOwner(tx: Tx, lead: { region: string }): Promise<AssignedOwner> {
  await lockRows(tx, "Company", ["company"]);
  const company = await tx.company.findUnique({
    where: { id: "company" },
    select: { leadAssignment: true, leadRoundRobinTeamId: true, leadRoundRobinLastUserId: true, leadDefaultOwnerId: true },
  });

  if (company?.leadAssignment === "round_robin" && company.leadRoundRobinTeamId) {
    const members = await tx.user.findMany({ where: { teamId: company.leadRoundRobinTeamId, role: "sales", active: true }, orderBy: { id: "asc" }, select: USER });
    const next = nextRoundRobin(
      members.map((m) => m.id),
      company.leadRoundRobinLastUserId,
    );
    if (next) {
      const moved = await tx.company.updateMany({ where: { id: "company", leadRoundRobinLastUserId: company.leadRoundRobinLastUserId }, data: { leadRoundRobinLastUserId: next } });
      // Cannot happen while the row is locked; if it does, let the transaction retry from the top.
      if (moved.count !== 1) throw new AppError("conflict", {}, 409);
      return members.find((m) => m.id === next)!;
    }
  }

  if (company?.leadAssignment !== "round_robin" && lead.region) {
    const rule = await tx.leadAssignmentRule.findUnique({ where: { region: lead.region }, select: { user: { select: { ...USER, active: true } } } });
    if (rule?.user.active) return { id: rule.user.id, teamId: rule.user.teamId };
  }

  if (company?.leadDefaultOwnerId) {
    const owner = await tx.user.findFirst({ where: { id: company.leadDefaultOwnerId, active: true }, select: USER });
    if (owner) return owner;
  }
  const admin = await tx.user.findFirst({ where: { role: "admin", active: true }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: USER });
  if (!admin) throw new AppError("leads.noOwner");
  return admin;
}
