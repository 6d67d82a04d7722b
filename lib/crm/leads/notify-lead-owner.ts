import "server-only";
import type { Tx } from "@/lib/db/client";
import { notify } from "@/lib/notifications/notify";

/**
 * Tells a lead's new owner about it, in the transaction that assigns the lead: the bell, and an
 * email when `email` is set (enquiries from the website; not every row of a bulk import).
 */
export async function notifyLeadOwner(tx: Tx, lead: { userId: string; leadId: string; number: string; personName: string }, { email }: { email: boolean }): Promise<void> {
  await notify(tx, {
    userId: lead.userId,
    kind: "lead_assigned",
    messageKey: "leadAssigned",
    values: { name: `${lead.number} ${lead.personName}` },
    link: `/app/crm/leads/${lead.leadId}`,
    email: email ? { dedupeKey: `lead-assigned:${lead.leadId}:${lead.userId}` } : false,
  });
}
