import { AccessDeniedError } from "@/lib/errors";
import { isRole, type Role } from "./roles";

// Every permission the app checks. Later features add theirs here and to the table below.
export const PERMISSIONS = [
  "settings.users.manage",
  "settings.teams.manage",
  "settings.company.manage",
  "settings.numbering.manage",
  "audit.read",
  "directory.read",
  "catalog.read",
  "catalog.manage",
  "pricing.manage",
  "currency.manage",
  "cost.read",
  "stock.read",
  "stock.manage",
  "crm.read",
  "crm.manage",
  "settings.pipeline.manage",
  // Partner API keys and webhooks (admin only).
  "api.manage",
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/** The one role → permission table. A role missing here has no permissions (fail closed). */
export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  admin: PERMISSIONS,
  manager: ["directory.read", "catalog.read", "catalog.manage", "pricing.manage", "cost.read", "stock.read", "crm.read", "crm.manage"],
  // Sales see prices and availability, never cost.
  sales: ["directory.read", "catalog.read", "stock.read", "crm.read", "crm.manage"],
  // Finance reads accounts (credit limits, terms) but does not edit them.
  finance: ["directory.read", "catalog.read", "pricing.manage", "currency.manage", "cost.read", "stock.read", "crm.read"],
  warehouse: ["directory.read", "catalog.read", "cost.read", "stock.read", "stock.manage"],
};

export type HasRole = { role: string; active?: boolean };

export function can(actor: HasRole | null | undefined, permission: Permission): boolean {
  if (!actor || actor.active === false || !isRole(actor.role)) return false;
  return ROLE_PERMISSIONS[actor.role]?.includes(permission) ?? false;
}

/** Throws unless the actor holds the permission; unknown roles and missing actors fail. */
export function assertCan(actor: HasRole | null | undefined, permission: Permission): void {
  if (!can(actor, permission)) throw new AccessDeniedError();
}
