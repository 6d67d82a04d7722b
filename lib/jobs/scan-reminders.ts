import "server-only";
import { db } from "@/lib/db/client";
import { transact } from "@/lib/db/transact";
import { notify } from "@/lib/notifications/notify";

type Related = { opportunityId: string | null; accountId: string | null; leadId: string | null; serviceCaseId: string | null };

/** Where a reminder takes its reader: the record the activity belongs to, else "My day". */
export function reminderLink(a: Related): string {
  if (a.opportunityId) return `/app/crm/opportunities/${a.opportunityId}`;
  if (a.accountId) return `/app/crm/accounts/${a.accountId}`;
  if (a.leadId) return `/app/crm/leads/${a.leadId}`;
  if (a.serviceCaseId) return `/app/service/cases/${a.serviceCaseId}`;
  return "/app/crm/activities";
}

/**
 * Sends the reminders that are due: open activities with remindAt ≤ now and no remindedAt. Each
 * activity is marked with a conditional UPDATE in the same transaction as its notification, so
 * two workers scanning at once notify once (the loser's update changes no row and it skips).
 * The email also carries the dedupe key reminder:<activity>:<remindAt>, so a new remindAt (the
 * activity was rescheduled and remindedAt cleared) reminds again.
 */
export async function scanReminders(options: { now?: Date; limit?: number } = {}): Promise<number> {
  const now = options.now ?? new Date();
  const due = await db.activity.findMany({
    where: { remindAt: { lte: now }, remindedAt: null, done: false },
    select: { id: true, subject: true, dueAt: true, remindAt: true, ownerId: true, opportunityId: true, accountId: true, leadId: true, serviceCaseId: true },
    orderBy: { remindAt: "asc" },
    take: options.limit ?? 100,
  });
  let sent = 0;
  for (const activity of due) {
    const remindAt = activity.remindAt!;
    const notified = await transact(async (tx) => {
      const { count } = await tx.activity.updateMany({
        where: { id: activity.id, remindAt, remindedAt: null, done: false },
        data: { remindedAt: now },
      });
      if (count !== 1) return false;
      await notify(tx, {
        userId: activity.ownerId,
        kind: "activity_due",
        messageKey: activity.dueAt ? "activityDue" : "activityReminder",
        values: activity.dueAt ? { subject: activity.subject, due: activity.dueAt } : { subject: activity.subject },
        link: reminderLink(activity),
        email: { dedupeKey: `reminder:${activity.id}:${remindAt.toISOString()}` },
      });
      return true;
    });
    if (notified) sent += 1;
  }
  return sent;
}
