import "server-only";
import type { Permission } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { notFoundUnlessMerged } from "@/lib/crm/duplicates/merge-redirect";
import { findLead } from "@/lib/crm/leads/find-lead";
import { NotFoundError } from "@/lib/errors";

/** The lead pages' loader: the actor with `permission`, and the lead, or the 404 page outside their scope. */
export async function loadLead(id: string, permission: Extract<Permission, "crm.read" | "crm.manage">) {
  const actor = await requirePermission(permission);
  try {
    return { actor, lead: await findLead({ actor, id }) };
  } catch (error) {
    // A merged-away lead's old links lead to the survivor.
    if (error instanceof NotFoundError) await notFoundUnlessMerged("lead", id, (to) => `/app/crm/leads/${to}`);
    throw error;
  }
}
