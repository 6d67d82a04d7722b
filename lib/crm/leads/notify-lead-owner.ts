import "server-only";
import type { Tx } from "@/lib/db/client";

/**
 * Tells a lead's new owner about it, in the transaction that creates the lead: an in-app
 * notification (the bell renders `leads.notifications.assigned` in the reader's language).
 * The one call site for lead-assignment notices: when the jobs module's notify() exists
 * (lib/jobs/notify.ts, which also emails through the outbox), route this through it.
 */
export async function notifyLeadOwner(tx: Tx, lead: { userId: string; leadId: string; number: string; personName: string }): Promise<void> {
  await tx.notification.create({
    data: {
      userId: lead.userId,
      kind: "lead_assigned",
      messageKey: "leads.notifications.assigned",
      values: JSON.stringify({ number: lead.number, person: lead.personName }),
      link: `/app/crm/leads/${lead.leadId}`,
    },
  });
}
