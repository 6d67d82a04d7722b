import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { ownerWhere, type Scope } from "@/lib/auth/scope";
import type { Tx } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/sqlite/client";
import { hasSpan, reminderFor } from "@/lib/domain/activity";
import { localToInstant } from "@/lib/domain/time-zone";
import { FieldError } from "@/lib/errors";
import { appTimeZone } from "@/lib/table/day-range";
import type { ActivityCreateInput } from "@/lib/validation/activity";
import { accountScopeWhere, assertAssignable, contactScopeWhere } from "../crm-scope";
import { serviceCaseScopeWhere } from "@/lib/service/cases/service-case-values";
import { leadScopeWhere } from "../leads/lead-values";
import { opportunityScopeWhere } from "../opportunities/opportunity-values";

/** Activities the scope may see: owned by someone in it. `{}` only for the "all" scope. */
export function activityScopeWhere(scope: Scope): Prisma.ActivityWhereInput {
  return ownerWhere(scope, "ownerId");
}

/** Every related record the actor names must be one they may see (else the field is wrong). */
async function assertRelated(tx: Tx, scope: Scope, input: ActivityCreateInput): Promise<void> {
  const checks: [string, string | null, () => Promise<unknown>][] = [
    ["leadId", input.leadId, () => tx.lead.findFirst({ where: { AND: [{ id: input.leadId! }, leadScopeWhere(scope)] }, select: { id: true } })],
    ["accountId", input.accountId, () => tx.account.findFirst({ where: { AND: [{ id: input.accountId! }, accountScopeWhere(scope)] }, select: { id: true } })],
    ["contactId", input.contactId, () => tx.contact.findFirst({ where: { AND: [{ id: input.contactId! }, contactScopeWhere(scope)] }, select: { id: true } })],
    ["opportunityId", input.opportunityId, () => tx.opportunity.findFirst({ where: { AND: [{ id: input.opportunityId! }, opportunityScopeWhere(scope)] }, select: { id: true } })],
    // The same visibility as the lead and case pages, so whoever sees the record may log on it.
    ["serviceCaseId", input.serviceCaseId, () => tx.serviceCase.findFirst({ where: { AND: [{ id: input.serviceCaseId! }, serviceCaseScopeWhere(scope)] }, select: { id: true } })],
  ];
  for (const [field, id, find] of checks) {
    if (id !== null && !(await find())) throw new FieldError(field, "activities.related");
  }
}

/**
 * Checks the caller-supplied owner and related records inside the transaction and turns the
 * form's wall times into instants. `keepOwnerId` is the current owner on an update: keeping it
 * needs no assignment right (a manager's task stays with a rep who left the team).
 */
export async function activityValues(tx: Tx, actor: Actor, scope: Scope, assignable: Prisma.UserWhereInput, input: ActivityCreateInput, keepOwnerId?: string) {
  const ownerId = input.ownerId ?? keepOwnerId ?? actor.id;
  const owner =
    ownerId === keepOwnerId || ownerId === actor.id
      ? await tx.user.findUniqueOrThrow({ where: { id: ownerId }, select: { teamId: true } })
      : await assertAssignable(tx, assignable, ownerId, "ownerId");
  await assertRelated(tx, scope, input);

  const zone = appTimeZone();
  const dueAt = input.dueAt ? localToInstant(input.dueAt, zone) : null;
  const span = hasSpan(input.type);
  const endAt = span && input.endAt ? localToInstant(input.endAt, zone) : null;
  if (endAt && (!dueAt || endAt < dueAt)) throw new FieldError("endAt", "activities.endBeforeStart");
  const explicitReminder = input.remindAt ? localToInstant(input.remindAt, zone) : null;
  if (!explicitReminder && input.remindMinutes !== null && !dueAt) throw new FieldError("remindMinutes", "activities.remindNeedsDue");
  return {
    type: input.type,
    subject: input.subject,
    description: input.description,
    dueAt,
    endAt,
    allDay: input.allDay,
    durationMinutes: input.type === "call" || span ? input.durationMinutes : null,
    callOutcome: input.type === "call" ? input.callOutcome : "",
    location: span ? input.location : "",
    remindAt: reminderFor(dueAt, explicitReminder, input.remindMinutes),
    ownerId,
    teamId: owner.teamId,
    leadId: input.leadId,
    accountId: input.accountId,
    contactId: input.contactId,
    opportunityId: input.opportunityId,
    serviceCaseId: input.serviceCaseId,
  };
}

export type ActivityValues = Awaited<ReturnType<typeof activityValues>>;
