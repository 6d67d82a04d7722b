import "server-only";
import { can } from "@/lib/auth/permissions";
import { ROLES } from "@/lib/auth/roles";
import type { Tx } from "@/lib/db/client";
import { discountLimitFor } from "@/lib/pricing/discount-limit-for";

/**
 * Whether a revision's largest line discount is above what its author's role may give alone
 * (the author is who wrote the revision, not who sends it: a manager cannot launder a rep's
 * discount by pressing send). Same rule as lib/domain/discount.ts for percent discounts.
 */
export async function revisionNeedsApproval(tx: Tx, revision: { createdById: string; maxDiscountBp: number }): Promise<boolean> {
  if (revision.maxDiscountBp === 0) return false;
  const author = await tx.user.findUnique({ where: { id: revision.createdById }, select: { role: true } });
  const limit = await discountLimitFor({ role: author?.role ?? "", tx });
  return revision.maxDiscountBp > limit;
}

const APPROVER_ROLES = ROLES.filter((role) => can({ role }, "quotes.approve"));

const MAX_TEAM_DEPTH = 10;

/**
 * Who is asked to approve: the nearest manager up the author's team tree who may approve, else
 * every active approver (a bounded list: approvers are a handful of people). Never the author.
 */
export async function approversFor(tx: Tx, authorId: string): Promise<string[]> {
  const author = await tx.user.findUnique({ where: { id: authorId }, select: { teamId: true } });
  let teamId = author?.teamId ?? null;
  for (let depth = 0; teamId && depth < MAX_TEAM_DEPTH; depth++) {
    const team: { parentId: string | null; manager: { id: string; role: string; active: boolean } | null } | null = await tx.team.findUnique({ where: { id: teamId }, select: { parentId: true, manager: { select: { id: true, role: true, active: true } } } });
    const manager = team?.manager;
    if (manager && manager.active && manager.id !== authorId && can(manager, "quotes.approve")) return [manager.id];
    teamId = team?.parentId ?? null;
  }
  const users = await tx.user.findMany({ where: { role: { in: [...APPROVER_ROLES] }, active: true, id: { not: authorId } }, select: { id: true }, orderBy: { id: "asc" }, take: 50 });
  return users.map((u) => u.id);
}
