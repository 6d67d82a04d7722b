import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/sqlite/client";
import { addDays } from "@/lib/domain/activity";
import { companyDay } from "@/lib/pricing/company-day";
import { startOfDay } from "@/lib/table/day-range";
import { crmScope } from "../crm-scope";
import { ACTIVITY_ROW_SELECT, type RelatedKind } from "./activity-select";
import { activityScopeWhere } from "./activity-values";

const ORDER_DUE: Prisma.ActivityOrderByWithRelationInput[] = [{ dueAt: "asc" }, { id: "asc" }];

/**
 * The activities about one record (the record's page already checked it is visible): open ones
 * by due time first, then the latest done ones.
 */
export async function findRelatedActivities({ actor, kind, id, take = 30 }: { actor: Actor; kind: RelatedKind; id: string; take?: number }) {
  const scope = await crmScope(actor);
  const about: Prisma.ActivityWhereInput = { [`${kind}Id`]: id };
  const [open, done] = await Promise.all([
    db.activity.findMany({ where: { AND: [about, { done: false }, activityScopeWhere(scope)] }, orderBy: ORDER_DUE, take, select: ACTIVITY_ROW_SELECT }),
    db.activity.findMany({ where: { AND: [about, { done: true }, activityScopeWhere(scope)] }, orderBy: [{ doneAt: "desc" }, { id: "desc" }], take, select: ACTIVITY_ROW_SELECT }),
  ]);
  return { open, done };
}

/** "Mine" or, for someone who sees others (a manager), everyone in their scope. */
async function whoseWhere(actor: Actor, team: boolean, ownerId?: string): Promise<Prisma.ActivityWhereInput> {
  const scope = await crmScope(actor);
  if (ownerId) return { AND: [{ ownerId }, activityScopeWhere(scope)] };
  return team ? activityScopeWhere(scope) : { ownerId: actor.id };
}

/**
 * "My day": open activities that are overdue, due today (done ones too, ticked off), due in the
 * next 7 days, and open ones without a date. Days are the company's calendar days.
 */
export async function findMyDay({ actor, team = false, now = new Date(), take = 200 }: { actor: Actor; team?: boolean; now?: Date; take?: number }) {
  const whose = await whoseWhere(actor, team);
  const today = companyDay(now);
  const todayStart = startOfDay(today);
  const tomorrowStart = startOfDay(addDays(today, 1));
  const upcomingEnd = startOfDay(addDays(today, 8));
  const [overdue, todays, upcoming, undated] = await Promise.all([
    db.activity.findMany({ where: { AND: [whose, { done: false, dueAt: { lt: todayStart } }] }, orderBy: ORDER_DUE, take, select: ACTIVITY_ROW_SELECT }),
    db.activity.findMany({ where: { AND: [whose, { dueAt: { gte: todayStart, lt: tomorrowStart } }] }, orderBy: ORDER_DUE, take, select: ACTIVITY_ROW_SELECT }),
    db.activity.findMany({ where: { AND: [whose, { done: false, dueAt: { gte: tomorrowStart, lt: upcomingEnd } }] }, orderBy: ORDER_DUE, take, select: ACTIVITY_ROW_SELECT }),
    db.activity.findMany({ where: { AND: [whose, { done: false, dueAt: null }] }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: 50, select: ACTIVITY_ROW_SELECT }),
  ]);
  return { day: today, overdue, today: todays, upcoming, undated };
}

/** Activities due in [from, to) for the calendar: the actor's own, the team's, or one owner's in scope. */
export async function findCalendarActivities({ actor, from, to, team = false, ownerId, take = 2000 }: { actor: Actor; from: Date; to: Date; team?: boolean; ownerId?: string; take?: number }) {
  const whose = await whoseWhere(actor, team, ownerId);
  return db.activity.findMany({ where: { AND: [whose, { dueAt: { gte: from, lt: to } }] }, orderBy: ORDER_DUE, take, select: ACTIVITY_ROW_SELECT });
}

/** People whose activities the actor may look at (a manager's team), for the owner filter. */
export async function findActivityOwners({ actor }: { actor: Actor }) {
  const scope = await crmScope(actor);
  const where: Prisma.UserWhereInput = scope.kind === "all" ? { active: true } : { id: { in: scope.userIds } };
  return db.user.findMany({ where, select: { id: true, name: true }, orderBy: [{ name: "asc" }, { id: "asc" }], take: 500 });
}

/**
 * The activities for an account's timeline: about the account itself, one of its contacts or
 * one of its opportunities (relation filters, no id lists), newest first.
 */
export async function findAccountActivities({ actor, accountId, take = 50 }: { actor: Actor; accountId: string; take?: number }) {
  const scope = await crmScope(actor);
  const about: Prisma.ActivityWhereInput = { OR: [{ accountId }, { contact: { accountId } }, { opportunity: { accountId } }] };
  return db.activity.findMany({ where: { AND: [about, activityScopeWhere(scope)] }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take, select: ACTIVITY_ROW_SELECT });
}
