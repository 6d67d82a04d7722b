import "server-only";
import { notFound } from "next/navigation";
import type { Permission } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { findLead } from "@/lib/crm/leads/find-lead";
import { NotFoundError } from "@/lib/errors";

/** The lead pages' loader: the actor with `permission`, and the lead, or the 404 page outside their scope. */
export async function loadLead(id: string, permission: Extract<Permission, "crm.read" | "crm.manage">) {
  const actor = await requirePermission(permission);
  try {
    return { actor, lead: await findLead({ actor, id }) };
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}
